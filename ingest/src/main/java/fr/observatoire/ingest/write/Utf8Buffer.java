package fr.observatoire.ingest.write;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Encodes text straight to UTF-8 bytes into a buffer flushed to a stream: no intermediate {@code String}, builder or
 * charset encoder per row. Unpaired surrogates are written as {@code ?}.
 */
final class Utf8Buffer {

    private final OutputStream out;
    private final byte[] bytes;
    private int size;

    Utf8Buffer(OutputStream out, int capacity) {
        this.out = out;
        this.bytes = new byte[Math.max(32, capacity)]; // room for the longest number or character
    }

    /** Makes room for {@code n} more bytes. */
    private void room(int n) throws IOException {
        if (size + n > bytes.length) {
            flush();
        }
    }

    Utf8Buffer ascii(char c) throws IOException {
        room(1);
        bytes[size++] = (byte) c;
        return this;
    }

    Utf8Buffer number(long value) throws IOException {
        room(20);
        if (value < 0) {
            bytes[size++] = '-';
            value = -value;
        }
        int start = size;
        do {
            bytes[size++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return this;
    }

    /** The text as it is. */
    Utf8Buffer text(String value) throws IOException {
        return encode(value, false);
    }

    /** The text in double quotes, inner quotes doubled (CSV). */
    Utf8Buffer quoted(String value) throws IOException {
        ascii('"');
        encode(value, true);
        return ascii('"');
    }

    private Utf8Buffer encode(String value, boolean doubleQuotes) throws IOException {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            room(4);
            if (c < 0x80) {
                if (c == '"' && doubleQuotes) {
                    bytes[size++] = '"';
                }
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                bytes[size++] = (byte) (0xF0 | (code >> 18));
                bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '?';
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    void flush() throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    void close() throws IOException {
        flush();
        out.close();
    }
}
