package fr.observatoire.ingest.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array with the little-endian, varint and UTF-8 writes that Parquet pages and Thrift need. Strings
 * are encoded straight into the array (no intermediate {@code byte[]}); unpaired surrogates become {@code ?}, as
 * {@link String#getBytes} does.
 */
final class Bytes {

    private byte[] bytes;
    private int size;

    Bytes(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    private void room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }

    void put(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    void put(byte[] source, int from, int length) {
        room(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
    }

    void put(Bytes other) {
        put(other.bytes, 0, other.size);
    }

    void intLE(int value) {
        room(4);
        bytes[size] = (byte) value;
        bytes[size + 1] = (byte) (value >>> 8);
        bytes[size + 2] = (byte) (value >>> 16);
        bytes[size + 3] = (byte) (value >>> 24);
        size += 4;
    }

    /** Overwrites 4 bytes at {@code at} (a length written before its content). */
    void intLE(int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }

    void longLE(long value) {
        room(8);
        for (int i = 0; i < 8; i++) {
            bytes[size + i] = (byte) (value >>> (8 * i));
        }
        size += 8;
    }

    /** Unsigned LEB128 varint. */
    void varint(long value) {
        room(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    /** The UTF-8 bytes of {@code text}; returns how many were written. */
    int utf8(String text) {
        int n = text.length();
        room(n * 3);
        byte[] b = bytes;
        int at = size;
        int i = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[at++] = (byte) c;
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                b[at++] = (byte) (0xF0 | (code >> 18));
                b[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        int written = at - size;
        size = at;
        return written;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }
}
