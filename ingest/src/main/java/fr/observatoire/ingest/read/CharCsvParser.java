package fr.observatoire.ingest.read;

import fr.observatoire.error.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded CSV characters into records (any encoding): RFC 4180 quotes with doubled quotes, separators and
 * newlines inside, CR, LF or CRLF; a record's line is the physical line it starts on.
 */
final class CharCsvParser implements CsvParser {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Path file;
    private final Reader reader;
    private final String encoding;
    private final char separator;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final StringBuilder field = new StringBuilder(256);
    private final List<String> overflow = new ArrayList<>();
    private int position;
    private int limit;
    private long line = 1;
    private boolean eof;

    CharCsvParser(Path file, Reader reader, String encoding, char separator) {
        this.file = file;
        this.reader = reader;
        this.encoding = encoding;
        this.separator = separator;
    }

    @Override
    public long line() {
        return line;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int read = reader.read(buffer, 0, buffer.length);
            if (read <= 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.getFileName() + " line " + line + ": not valid " + encoding
                    + " (the encoding was detected from the start of the file); send the file in UTF-8 or force"
                    + " its encoding", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " at line " + line, e);
        }
    }

    @Override
    public String[] readRecord(int width) {
        if (position >= limit && !fill()) {
            return null;
        }
        String[] values = new String[Math.max(width, 1)];
        int count = 0;
        overflow.clear();
        while (true) {
            String value;
            int terminator;
            if (position >= limit && !fill()) {
                value = "";
                terminator = -1;
            } else if (buffer[position] == '"') {
                position++;
                value = readQuoted();
                terminator = skipToTerminator();
            } else {
                value = readPlain();
                terminator = position < limit ? buffer[position++] : -1;
            }
            if (count < values.length) {
                values[count] = value;
            } else {
                overflow.add(value);
            }
            count++;
            if (terminator == separator) {
                continue;
            }
            if (terminator == '\r') {
                if (position < limit || fill()) {
                    if (buffer[position] == '\n') {
                        position++;
                    }
                }
                line++;
            } else if (terminator == '\n') {
                line++;
            }
            break;
        }
        return CsvParser.record(values, count, overflow);
    }

    /** An unquoted field up to (not including) the separator or line end; the terminator is left unread. */
    private String readPlain() {
        int start = position;
        char sep = separator;
        while (true) {
            int i = position;
            for (; i < limit; i++) {
                char c = buffer[i];
                if (c == sep || c == '\n' || c == '\r') {
                    break;
                }
            }
            if (i < limit) {
                String value;
                if (field.length() == 0) {
                    value = new String(buffer, start, i - start);
                } else {
                    field.append(buffer, start, i - start);
                    value = field.toString();
                    field.setLength(0);
                }
                position = i;
                return value;
            }
            field.append(buffer, start, limit - start);
            position = limit;
            if (!fill()) {
                String value = field.toString();
                field.setLength(0);
                return value;
            }
            start = position;
        }
    }

    /** A quoted field after its opening quote, up to and including its closing quote; newlines counted. */
    private String readQuoted() {
        field.setLength(0);
        while (true) {
            if (position >= limit && !fill()) {
                throw new InvalidInputException(file.getFileName() + " line " + line
                        + ": a quoted field is not closed before the end of the file");
            }
            char c = buffer[position++];
            if (c == '"') {
                if (position >= limit && !fill()) {
                    break;
                }
                if (buffer[position] == '"') {
                    field.append('"');
                    position++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r' && (position < limit || fill()) && buffer[position] != '\n') {
                line++;
            }
            field.append(c);
        }
        String value = field.toString();
        field.setLength(0);
        return value;
    }

    /** After a closing quote: anything up to the separator or line end is kept lenient (dropped); returns it. */
    private int skipToTerminator() {
        while (position < limit || fill()) {
            char c = buffer[position++];
            if (c == separator || c == '\n' || c == '\r') {
                return c;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
