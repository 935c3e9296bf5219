package fr.observatoire.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path file;
    private final CsvParser parser;
    private final String encoding;
    private final char separator;
    private final List<String> columns;

    /** {@code utf8Checked}: every byte of {@code file} is known to be UTF-8, a UTF-8 read does not check again. */
    CsvObservationReader(Path file, Optional<Charset> forced, boolean utf8Checked) {
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
            if (charset.name().equals("UTF-8")) {
                this.parser = new Utf8CsvParser(file, head, skip, length, in, separator, BUFFER_BYTES,
                        utf8Checked);
            } else {
                InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, skip, length - skip), in);
                this.parser = new CharCsvParser(file, new InputStreamReader(all, CharsetSniffer.strictDecoder(charset)),
                        encoding, separator);
            }
        } catch (IOException e) {
            closeQuietly(in);
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String[] header = parser.readRecord(0);
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
            long start = parser.line();
            String[] values = parser.readRecord(columns.size());
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

    @Override
    public void close() {
        try {
            parser.close();
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
