package fr.observatoire.ingest.read;

import fr.observatoire.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits UTF-8 CSV bytes into records without decoding the whole stream to characters: each field's bytes are found
 * in the buffer and become a {@code String} at once (the JDK copies ASCII and Latin-1 text straight into compact
 * strings). A record that runs past the buffer's end is parsed again once the buffer holds it whole. Same rules as
 * {@link CharCsvParser}: RFC 4180 quotes, doubled quotes, CR, LF or CRLF, a record's line is the physical line it
 * starts on. Bytes that are not well-formed UTF-8 fail the read with the line of the record holding them.
 */
final class Utf8CsvParser implements CsvParser {

    private static final String[] MORE = new String[0];
    private static final int END = -1;

    private final Path file;
    private final InputStream in;
    private final byte separator;
    private final List<String> overflow = new ArrayList<>();
    private byte[] buffer;
    private byte[] scratch = new byte[256];
    private int position;
    private int limit;
    private long bufferOffset;
    private boolean eof;
    private long line = 1;
    private final Utf8Check utf8 = new Utf8Check();
    private long firstInvalid = -1;

    /** {@code head}: bytes already read from {@code in} (after any BOM), in {@code head[from, to)}. */
    Utf8CsvParser(Path file, byte[] head, int from, int to, InputStream in, char separator, int bufferSize) {
        this.file = file;
        this.in = in;
        this.separator = (byte) separator;
        this.buffer = new byte[Math.max(bufferSize, 16)];
        if (to - from > buffer.length) {
            buffer = new byte[to - from];
        }
        System.arraycopy(head, from, buffer, 0, to - from);
        limit = to - from;
        validate(0, limit);
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
            String[] values = record(width);
            if (values != MORE) {
                if (firstInvalid >= 0 && firstInvalid < bufferOffset + position) {
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
                int at = position + 1;
                int length = 0;
                boolean doubled = false;
                while (true) {
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
                            doubled = true;
                            at++;
                            length++;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    } else if (c == '\r') {
                        if (at >= limit && !eof) {
                            return MORE;
                        }
                        if (at < limit && b[at] != '\n') {
                            line++;
                        }
                    }
                    length++;
                }
                value = doubled ? unquote(position + 1, at - 1, length) : decode(position + 1, at - 1 - position - 1);
                position = at;
                terminator = END;
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
            } else {
                int i = position;
                while (i < limit) {
                    byte c = b[i];
                    if (c == sep || c == '\n' || c == '\r') {
                        break;
                    }
                    i++;
                }
                if (i >= limit && !eof) {
                    return MORE;
                }
                value = decode(position, i - position);
                position = i;
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

    private String decode(int from, int length) {
        return length == 0 ? "" : new String(buffer, from, length, StandardCharsets.UTF_8);
    }

    /** The bytes of {@code [from, to)} with each doubled quote made single ({@code length} bytes in the end). */
    private String unquote(int from, int to, int length) {
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
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** Keeps the bytes from {@link #position} on and reads more after them; false at the end of the file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
            bufferOffset += position;
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2); // one record longer than the buffer
        }
        position = 0;
        limit = kept;
        try {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read <= 0) {
                eof = true;
                if (utf8.open() && firstInvalid < 0) {
                    firstInvalid = bufferOffset + limit - 1; // a sequence cut by the end of the file
                }
                return limit > 0;
            }
            validate(limit, limit + read);
            limit += read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " at line " + line, e);
        }
    }

    /** Notes the offset of the first byte of {@code buffer[from, to)} that is not well-formed UTF-8, if any. */
    private void validate(int from, int to) {
        if (firstInvalid < 0) {
            int bad = utf8.update(buffer, from, to);
            if (bad >= 0) {
                firstInvalid = bufferOffset + bad;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
