package fr.observatoire.ingest.read;

import fr.observatoire.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 CSV, {@code ;} or {@code ,} separated (sniffed from the header line), quoted fields with separators,
 * doubled quotes and newlines, BOM skipped, UTF-8 or Windows-1252 detected from the first MiB unless forced.
 * Records carry the physical line they start on.
 */
final class CsvObservationReader implements ObservationReader {

    private static final int SNIFF_BYTES = 1 << 20;
    private static final int BUFFER_CHARS = 1 << 16;

    private final Path file;
    private final Reader reader;
    private final String encoding;
    private final char separator;
    private final List<String> columns;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final StringBuilder field = new StringBuilder(256);
    private final List<String> overflow = new ArrayList<>();
    private int position;
    private int limit;
    private long line = 1;
    private boolean eof;

    CsvObservationReader(Path file, Optional<Charset> forced) {
        this.file = file;
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            byte[] head = new byte[SNIFF_BYTES];
            int length = in.readNBytes(head, 0, head.length);
            boolean whole = length < head.length;
            Charset charset = forced.orElseGet(() -> CharsetSniffer.detect(head, length, whole));
            int skip = CharsetSniffer.hasBom(head, length) && charset.name().equals("UTF-8") ? 3 : 0;
            this.encoding = charset.name();
            this.separator = sniffSeparator(head, skip, length);
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, skip, length - skip), in);
            this.reader = new InputStreamReader(all, CharsetSniffer.strictDecoder(charset));
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String[] header = readRecord(0);
        this.columns = header == null ? List.of() : List.of(Arrays.stream(header).map(h -> h == null ? "" : h)
                .toArray(String[]::new));
    }

    /** Counts {@code ;} and {@code ,} outside quotes on the first line; ties go to {@code ;}. */
    private static char sniffSeparator(byte[] head, int from, int length) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = from; i < length; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ';') {
                semicolons++;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    char separator() {
        return separator;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public RawRecord next() {
        while (true) {
            long start = line;
            String[] values = readRecord(columns.size());
            if (values == null) {
                return null;
            }
            if (values.length == 1 && (values[0] == null || values[0].isEmpty()) && columns.size() > 1) {
                continue; // a blank line
            }
            if (values.length != columns.size()) {
                return RawRecord.malformed(start, columns, values, "expected " + columns.size() + " fields separated by '"
                        + separator + "', found " + values.length);
            }
            return new RawRecord(start, columns, values, null);
        }
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

    /** Reads one record, or null at the end of the file. {@code width} sizes the array (0: unknown). */
    private String[] readRecord(int width) {
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
        if (count > values.length) {
            String[] all = Arrays.copyOf(values, count);
            for (int i = values.length; i < count; i++) {
                all[i] = overflow.get(i - values.length);
            }
            return all;
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
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
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the original failure is reported
            }
        }
    }
}
