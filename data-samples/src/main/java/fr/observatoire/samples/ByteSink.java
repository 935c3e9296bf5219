package fr.observatoire.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Encodes text straight into a byte buffer (UTF-8 or Windows-1252) and hashes what it writes, so a large file is
 * encoded once and never re-read to compute its SHA-256.
 */
final class ByteSink implements AutoCloseable {

    /** Windows-1252 bytes 0x80–0x9F and the characters they stand for. */
    private static final String CP1252_HIGH =
            "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
            + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";

    private final OutputStream out;
    private final boolean windows1252;
    private final MessageDigest digest;
    private final byte[] buffer = new byte[1 << 16];
    private int position;

    ByteSink(OutputStream out, boolean windows1252) {
        this.out = out;
        this.windows1252 = windows1252;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    void raw(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length) {
            flush();
            digest.update(bytes);
            out.write(bytes);
            return;
        }
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    void append(char c) throws IOException {
        ensure(4);
        if (c < 0x80) {
            buffer[position++] = (byte) c;
        } else if (windows1252) {
            buffer[position++] = cp1252(c);
        } else if (c < 0x800) {
            buffer[position++] = (byte) (0xC0 | (c >> 6));
            buffer[position++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("characters outside the BMP are not written: " + (int) c);
        } else {
            buffer[position++] = (byte) (0xE0 | (c >> 12));
            buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[position++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    void append(String text) throws IOException {
        if (windows1252) {
            append((CharSequence) text);
            return;
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > buffer.length) {
            flush();
            digest.update(bytes);
            out.write(bytes);
            return;
        }
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    void append(CharSequence text) throws IOException {
        int n = text.length();
        if (n * 3 > buffer.length) {
            for (int i = 0; i < n; i++) {
                append(text.charAt(i));
            }
            return;
        }
        ensure(n * 3);
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else {
                position = p;
                append(c);
                p = position;
            }
        }
        position = p;
    }

    /** A whole number in decimal. */
    void append(long value) throws IOException {
        ensure(20);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        if (value < 10) {
            buffer[position++] = (byte) ('0' + value);
            return;
        }
        int start = position;
        while (value > 0) {
            buffer[position++] = (byte) ('0' + value % 10);
            value /= 10;
        }
        for (int i = start, j = position - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
    }

    /** Two digits, zero-padded. */
    void two(int value) throws IOException {
        ensure(2);
        buffer[position++] = (byte) ('0' + value / 10);
        buffer[position++] = (byte) ('0' + value % 10);
    }

    private static byte cp1252(char c) {
        if (c >= 0xA0 && c <= 0xFF) {
            return (byte) c;
        }
        int index = CP1252_HIGH.indexOf(c);
        if (index < 0) {
            throw new IllegalArgumentException("'" + c + "' (U+" + Integer.toHexString(c).toUpperCase()
                    + ") has no Windows-1252 byte");
        }
        return (byte) (0x80 + index);
    }

    private void ensure(int bytes) throws IOException {
        if (position + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        digest.update(buffer, 0, position);
        out.write(buffer, 0, position);
        position = 0;
    }

    /** Flushes, closes and returns the SHA-256 of every byte written. */
    String finish() throws IOException {
        flush();
        out.close();
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
