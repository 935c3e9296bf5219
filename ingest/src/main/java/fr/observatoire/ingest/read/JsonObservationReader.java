package fr.observatoire.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines: one object per line, read with Jackson's streaming parser. Nested objects (Kobo groups) are flattened
 * to {@code group/field}; arrays of scalars are joined with {@code ", "}. A line that is not a JSON object is a
 * malformed record naming its line and column, and reading goes on with the next line.
 */
final class JsonObservationReader implements ObservationReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;
    private final BufferedReader reader;
    private final String encoding;
    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private static final List<String> RAW_LINE = List.of("_line");

    private List<String> columns = List.of();
    private RawRecord first;
    private long line;

    JsonObservationReader(Path file, Optional<Charset> forced) {
        this.file = file;
        Charset charset = forced.orElse(StandardCharsets.UTF_8);
        this.encoding = charset.name();
        try {
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    CharsetSniffer.strictDecoder(charset)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        first = read();
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
        if (first != null) {
            RawRecord record = first;
            first = null;
            return record;
        }
        return read();
    }

    private RawRecord read() {
        String text;
        try {
            do {
                text = reader.readLine();
                line++;
                if (text != null && line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            } while (text != null && text.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " at line " + line, e);
        }
        if (text == null) {
            return null;
        }
        keys.clear();
        values.clear();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return RawRecord.malformed(line, RAW_LINE, new String[] {text}, "not a JSON object at column "
                        + parser.currentTokenLocation().getColumnNr());
            }
            readObject(parser, "");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                return RawRecord.malformed(line, RAW_LINE, new String[] {text}, "unexpected content after the object at column "
                        + parser.currentTokenLocation().getColumnNr());
            }
        } catch (JsonProcessingException e) {
            return RawRecord.malformed(line, RAW_LINE, new String[] {text}, "malformed JSON at column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " at line " + line, e);
        }
        if (!keys.equals(columns)) {
            columns = List.copyOf(keys);
        }
        return new RawRecord(line, columns, values.toArray(new String[0]), null);
    }

    private void readObject(JsonParser parser, String prefix) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + parser.currentName();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                readObject(parser, key + "/");
                continue;
            }
            String value;
            if (token == JsonToken.START_ARRAY) {
                StringBuilder joined = new StringBuilder();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken().isStructStart()) {
                        parser.skipChildren();
                        continue;
                    }
                    if (joined.length() > 0) {
                        joined.append(", ");
                    }
                    joined.append(parser.getText());
                }
                value = joined.toString();
            } else {
                value = token == JsonToken.VALUE_NULL ? null : parser.getText();
            }
            keys.add(key);
            values.add(value);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }
}
