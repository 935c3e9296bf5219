package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small delimited-text file: decoded as UTF-8, or as Latin-1 when it is not valid UTF-8 (FINESS and many
 * spreadsheet exports; read as windows-1252, the Latin-1 superset those files really use, so that ’ and œ survive), split into records with RFC 4180 quoting (a quoted field may hold the delimiter and doubled
 * quotes). Records keep their physical line number so that errors can name it. Reference files are small (a few MB),
 * so a file is read whole.
 */
final class Csv {

    /** One record: its fields and the physical line it starts on (1-based). */
    record Row(long line, List<String> fields) {

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final String fileName;
    private final String charsetName;
    private final List<Row> rows;

    private Csv(String fileName, String charsetName, List<Row> rows) {
        this.fileName = fileName;
        this.charsetName = charsetName;
        this.rows = rows;
    }

    /** Reads the file with the given delimiter; {@code 0} means: guess between ';' and ',' from the first line. */
    static Csv read(Path file, char delimiter) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String charsetName = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            charsetName = WINDOWS_1252.name();
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char actual = delimiter != 0 ? delimiter : guessDelimiter(text);
        return new Csv(file.getFileName().toString(), charsetName, split(file.getFileName().toString(), text, actual));
    }

    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static List<Row> split(String fileName, String text, char delimiter) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        long line = 1;
        long rowLine = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw InvalidInputException.at(fileName, rowLine, null, null, "a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    String fileName() { return fileName; }

    String charsetName() { return charsetName; }

    List<Row> rows() { return rows; }

    /** The first record read as a header: folded column name → index. */
    Header header() {
        if (rows.isEmpty()) {
            throw InvalidInputException.at(fileName, 0, null, null, "the file is empty");
        }
        return new Header(fileName, rows.get(0));
    }

    /** Records after the header. */
    List<Row> body() {
        return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
    }

    /** Column positions by name, compared lower-case and trimmed. */
    static final class Header {
        private final String fileName;
        private final Map<String, Integer> index = new HashMap<>();

        Header(String fileName, Row row) {
            this.fileName = fileName;
            for (int i = 0; i < row.fields().size(); i++) {
                index.putIfAbsent(row.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
            }
        }

        /** Position of the first of {@code names} present, or -1. */
        int find(String... names) {
            for (String name : names) {
                Integer position = index.get(name);
                if (position != null) {
                    return position;
                }
            }
            return -1;
        }

        /** Position of the first of {@code names} present; an error naming the file and the column otherwise. */
        int require(String... names) {
            int position = find(names);
            if (position < 0) {
                throw InvalidInputException.at(fileName, 1, names[0], null,
                        "missing column (expected one of " + String.join(", ", names) + ")");
            }
            return position;
        }
    }
}
