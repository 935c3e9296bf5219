package fr.observatoire.ingest.stage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks, chunk by chunk, that bytes are well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF), so
 * that a file's encoding is decided on all its bytes rather than on its first ones.
 */
final class Utf8Check {

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private int pending;      // continuation bytes still expected
    private int min;          // smallest code point allowed for the sequence in progress
    private int codePoint;
    private boolean valid = true;

    void update(byte[] bytes, int length) {
        if (!valid) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (pending == 0) {
                while (i + 8 <= length && ((long) LONG.get(bytes, i) & 0x8080808080808080L) == 0) {
                    i += 8; // eight ASCII bytes at once
                }
                if (i == length) {
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
                    return;
                }
            } else {
                if ((b & 0xC0) != 0x80) {
                    valid = false;
                    return;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
                if (--pending == 0 && (codePoint < min || codePoint > 0x10FFFF
                        || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
                    valid = false;
                    return;
                }
            }
        }
    }

    /** True when every byte seen so far is UTF-8 and no sequence is left open. */
    boolean valid() {
        return valid && pending == 0;
    }
}
