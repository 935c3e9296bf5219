package fr.observatoire.ingest.read;

import fr.observatoire.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits UTF-8 CSV bytes into records without decoding the whole stream to characters: each field's bytes are found
 * in the buffer and become a {@code String} at once. The scan that finds a field's end (eight bytes at a time) also
 * notes whether the field holds a byte above 0x7F: an ASCII field is copied as Latin-1, the JDK's cheapest path, the
 * others are decoded as UTF-8. A record that runs past the buffer's end is parsed again once the buffer holds it
 * whole. Same rules as {@link CharCsvParser}: RFC 4180 quotes, doubled quotes, CR, LF or CRLF, a record's line is the
 * physical line it starts on.
 *
 * <p>Unless the caller has already checked the whole file ({@code utf8Checked}), bytes that are not well-formed UTF-8
 * fail the read with the line of the record holding them. Only fields holding a byte above 0x7F need that check: the
 * separators, quotes and line ends around them are ASCII, so a sequence cannot run from one field into the next.
 * A trusted file that is not UTF-8 after all is decoded with replacement characters instead.
 */
final class Utf8CsvParser implements CsvParser {

    private static final String[] MORE = new String[0];
    private static final int END = -1;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final Path file;
    private final InputStream in;
    private final byte separator;
    private final boolean utf8Checked;
    private final List<String> overflow = new ArrayList<>();
    private byte[] buffer;
    private byte[] scratch = new byte[256];
    private int position;
    private int limit;
    private boolean eof;
    private long line = 1;
    private boolean invalid;

    /**
     * {@code head}: bytes already read from {@code in} (after any BOM), in {@code head[from, to)}; {@code utf8Checked}:
     * the caller has already found every byte of the file well-formed UTF-8, so the parser does not check again.
     */
    Utf8CsvParser(Path file, byte[] head, int from, int to, InputStream in, char separator, int bufferSize,
                  boolean utf8Checked) {
        this.file = file;
        this.in = in;
        this.separator = (byte) separator;
        this.utf8Checked = utf8Checked;
        this.buffer = new byte[Math.max(bufferSize, 16)];
        if (to - from > buffer.length) {
            buffer = new byte[to - from];
        }
        System.arraycopy(head, from, buffer, 0, to - from);
        limit = to - from;
    }

    /** A parser that checks the bytes are UTF-8. */
    Utf8CsvParser(Path file, byte[] head, int from, int to, InputStream in, char separator, int bufferSize) {
        this(file, head, from, to, in, separator, bufferSize, false);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String[] readRecord(int width) {
        while (true) {
            if (position >= limit && !fill()) {
                return null;
            }
            int start = position;
            long startLine = line;
            invalid = false;
            String[] values = record(width);
            if (values != MORE) {
                if (invalid) {
                    throw new InvalidInputException(file.getFileName() + " line " + startLine + ": not valid UTF-8"
                            + " (the encoding was detected from the start of the file); send the file in UTF-8 or"
                            + " force its encoding");
                }
                return values;
            }
            position = start;
            line = startLine;
            fill();
        }
    }

    /** The record at {@link #position}, or {@link #MORE} when the buffer ends before it does (and the file not). */
    private String[] record(int width) {
        String[] values = new String[Math.max(width, 1)];
        int count = 0;
        overflow.clear();
        byte[] b = buffer;
        byte sep = separator;
        while (true) {
            String value;
            int terminator;
            if (position >= limit) {
                if (!eof) {
                    return MORE;
                }
                value = "";
                terminator = END;
            } else if (b[position] == '"') {
                int from = position + 1;
                int at = from;
                int doubled = 0;
                boolean ascii = true;
                while (true) {
                    long found = scan(at, '"', '\n', '\r');
                    at = (int) (found >>> 1);
                    ascii &= (found & 1) == 0;
                    if (at >= limit) {
                        if (!eof) {
                            return MORE;
                        }
                        throw new InvalidInputException(file.getFileName() + " line " + line
                                + ": a quoted field is not closed before the end of the file");
                    }
                    byte c = b[at++];
                    if (c == '"') {
                        if (at >= limit && !eof) {
                            return MORE;
                        }
                        if (at < limit && b[at] == '"') {
                            doubled++;
                            at++;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    } else if (at >= limit && !eof) { // c is '\r'
                        return MORE;
                    } else if (at < limit && b[at] != '\n') {
                        line++;
                    }
                }
                int to = at - 1;
                value = doubled > 0 ? unquote(from, to, to - from - doubled, ascii) : string(from, to, ascii);
                position = at;
                terminator = END;
                int trailing = position;
                while (position < limit) {
                    byte c = b[position++];
                    if (c == sep || c == '\n' || c == '\r') {
                        terminator = c;
                        break;
                    }
                }
                if (terminator == END && !eof) {
                    return MORE;
                }
                int dropped = terminator == END ? position : position - 1;
                if (dropped > trailing) { // bytes after the closing quote are dropped, but must be UTF-8 too
                    check(b, trailing, dropped);
                }
            } else {
                long found = scan(position, sep, '\n', '\r');
                int to = (int) (found >>> 1);
                if (to >= limit && !eof) {
                    return MORE;
                }
                value = string(position, to, (found & 1) == 0);
                position = to;
                terminator = position < limit ? b[position++] : END;
            }
            if (count < values.length) {
                values[count] = value;
            } else {
                overflow.add(value);
            }
            count++;
            if (terminator == sep) {
                continue;
            }
            if (terminator == '\r') {
                if (position >= limit && !eof) {
                    return MORE;
                }
                if (position < limit && b[position] == '\n') {
                    position++;
                }
                line++;
            } else if (terminator == '\n') {
                line++;
            }
            break;
        }
        return CsvParser.record(values, count, overflow);
    }

    /**
     * The index of the first byte from {@code from} on that is {@code x}, {@code y} or {@code z} ({@link #limit} if
     * none), shifted left by one, its low bit set when a byte before it is above 0x7F.
     */
    private long scan(int from, int x, int y, int z) {
        byte[] b = buffer;
        int i = from;
        long seen = 0;
        long xs = x * ONES;
        long ys = y * ONES;
        long zs = z * ONES;
        while (i + 8 <= limit) {
            long word = (long) LONG.get(b, i);
            long hits = zeroBytes(word ^ xs) | zeroBytes(word ^ ys) | zeroBytes(word ^ zs);
            if (hits != 0) {
                int before = Long.numberOfTrailingZeros(hits) >>> 3; // the lowest flagged byte is a true hit
                seen |= word & ((1L << (before << 3)) - 1);
                i += before;
                return ((long) i << 1) | ((seen & HIGH_BITS) == 0 ? 0 : 1);
            }
            seen |= word;
            i += 8;
        }
        for (; i < limit; i++) {
            byte c = b[i];
            if (c == x || c == y || c == z) {
                break;
            }
            seen |= c & 0xFF;
        }
        return ((long) i << 1) | ((seen & HIGH_BITS) == 0 ? 0 : 1);
    }

    /** The high bit of each zero byte of {@code word} set; above the lowest zero byte, other bytes may be flagged. */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGH_BITS;
    }

    /** The bytes of {@code [from, to)} as a string; {@code ascii}: none is above 0x7F. */
    private String string(int from, int to, boolean ascii) {
        if (from == to) {
            return "";
        }
        if (ascii) {
            return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
        }
        check(buffer, from, to);
        return new String(buffer, from, to - from, StandardCharsets.UTF_8);
    }

    /** The bytes of {@code [from, to)} with each doubled quote made single ({@code length} bytes in the end). */
    private String unquote(int from, int to, int length, boolean ascii) {
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = buffer[i];
            scratch[n++] = c;
            if (c == '"') {
                i++;
            }
        }
        if (ascii) {
            return new String(scratch, 0, n, StandardCharsets.ISO_8859_1);
        }
        check(scratch, 0, n);
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** Notes when {@code bytes[from, to)} (the bytes of one field) is not well-formed UTF-8. */
    private void check(byte[] bytes, int from, int to) {
        if (!utf8Checked && !invalid) {
            invalid = !Utf8Check.wellFormed(bytes, from, to);
        }
    }

    /** Keeps the bytes from {@link #position} on and reads more after them; false at the end of the file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2); // one record longer than the buffer
        }
        position = 0;
        limit = kept;
        try {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read <= 0) {
                eof = true;
                return limit > 0;
            }
            limit += read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " at line " + line, e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
