package fr.observatoire.ingest.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks, chunk by chunk, that bytes are well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF),
 * sequences may be cut between chunks. The stager runs it over all of a file's bytes to decide its encoding; the
 * UTF-8 CSV parser runs it over each field holding bytes above 0x7F to name the line of the first bad byte.
 */
public final class Utf8Check {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private int pending;      // continuation bytes still expected
    private int min;          // smallest code point allowed for the sequence in progress
    private int codePoint;
    private boolean valid = true;

    /** True when {@code bytes[from, to)} on its own is well-formed UTF-8, no sequence cut at either end. */
    static boolean wellFormed(byte[] bytes, int from, int to) {
        Utf8Check check = new Utf8Check();
        return check.update(bytes, from, to) < 0 && check.valid();
    }

    /** Checks {@code bytes[0, length)}. */
    public void update(byte[] bytes, int length) {
        update(bytes, 0, length);
    }

    /**
     * Checks {@code bytes[from, to)} after the bytes already seen and returns the index of the first byte that is not
     * well-formed UTF-8, or -1. Once a bad byte is seen, later calls check nothing and return -1.
     */
    public int update(byte[] bytes, int from, int to) {
        if (!valid) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (pending == 0) {
                while (i + 8 <= to && ((long) LONG.get(bytes, i) & 0x8080808080808080L) == 0) {
                    i += 8; // eight ASCII bytes at once
                }
                if (i == to) {
                    break;
                }
            }
            int b = bytes[i];
            if (pending == 0) {
                if (b >= 0) {
                    continue;
                }
                b &= 0xFF;
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                    codePoint = b & 0x1F;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    codePoint = b & 0x0F;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    codePoint = b & 0x07;
                    min = 0x10000;
                } else {
                    valid = false;
                    return i;
                }
            } else {
                if ((b & 0xC0) != 0x80) {
                    valid = false;
                    return i;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
                if (--pending == 0 && (codePoint < min || codePoint > 0x10FFFF
                        || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
                    valid = false;
                    return i;
                }
            }
        }
        return -1;
    }

    /** True when the bytes seen so far end inside a sequence (valid so far, but cut). */
    public boolean open() {
        return valid && pending > 0;
    }

    /** True when every byte seen so far is UTF-8 and no sequence is left open. */
    public boolean valid() {
        return valid && pending == 0;
    }
}
