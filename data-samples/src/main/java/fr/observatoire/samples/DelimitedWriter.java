package fr.observatoire.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CSV as spreadsheets and survey tools write it: a separator, quotes only where needed, a line end. */
final class DelimitedWriter implements ObservationWriter {

    private final ByteSink out;
    private final Batch batch;
    private final char separator;
    private final String lineEnd;
    private final List<Column> columns;
    private final boolean isoDates;
    private final boolean decimalComma;
    private final StringBuilder cell = new StringBuilder(256);
    private final java.nio.charset.Charset charset;
    private byte[] preparedText;

    DelimitedWriter(Path file, Batch batch, boolean windows1252, boolean bom, char separator, String lineEnd,
                    List<Column> columns, boolean isoDates, boolean decimalComma) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        this.out = new ByteSink(stream, windows1252);
        this.charset = windows1252 ? java.nio.charset.Charset.forName("windows-1252")
                : java.nio.charset.StandardCharsets.UTF_8;
        if (bom) {
            out.raw(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        this.batch = batch;
        this.separator = separator;
        this.lineEnd = lineEnd;
        this.columns = List.copyOf(columns);
        this.isoDates = isoDates;
        this.decimalComma = decimalComma;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            quoted(columns.get(i).header());
        }
        out.append(lineEnd);
    }

    /** The free text, quoted if needed and encoded, ready to copy. */
    @Override
    public Object prepare(Row row) {
        String text = row.text();
        if (text == null) {
            return null;
        }
        if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text.getBytes(charset);
    }

    @Override
    public void write(Row row, Object prepared) throws IOException {
        preparedText = (byte[]) prepared;
        try {
            write(row);
        } finally {
            preparedText = null;
        }
    }

    @Override
    public void write(Row row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            field(columns.get(i).field(), row);
        }
        out.append(lineEnd);
    }

    /** The common fields go straight to the bytes; the rest through {@link Cells}. */
    private void field(Field field, Row row) throws IOException {
        switch (field) {
            case ID -> quoted(row.id());
            case DATE -> {
                if (row.badDate() == -1) {
                    java.time.LocalDate date = row.date();
                    if (isoDates) {
                        out.append(date.getYear());
                        out.append('-');
                        out.two(date.getMonthValue());
                        out.append('-');
                        out.two(date.getDayOfMonth());
                    } else {
                        out.two(date.getDayOfMonth());
                        out.append('/');
                        out.two(date.getMonthValue());
                        out.append('/');
                        out.append(date.getYear());
                    }
                } else {
                    cell.setLength(0);
                    Cells.date(cell, row, isoDates);
                    quoted(cell);
                }
            }
            case COMMUNE -> quoted(row.commune());
            case DEPARTEMENT -> quoted(row.departement());
            case SOURCE_GROUP -> quoted(row.sourceGroup());
            case CONTRIBUTOR -> quoted(row.contributor());
            case PUBLIC -> quoted(row.publicValue());
            case DOMAIN -> quoted(row.domain());
            case KIND -> quoted(row.kind());
            case PERSONS -> {
                if (row.persons() != null) {
                    out.append((long) row.persons());
                    if (decimalComma && (row.line() * 2654435761L & 0xFFFF) % 20 == 0) {
                        out.append(",0");
                    }
                }
            }
            case SEVERITY -> {
                if (row.severity() != null) {
                    out.append((long) row.severity());
                }
            }
            case WAITING_DAYS -> {
                if (row.waitingDays() != null) {
                    out.append((long) row.waitingDays());
                }
            }
            case TEXT -> {
                if (preparedText != null) {
                    out.raw(preparedText);
                } else if (row.text() != null) {
                    quoted(row.text());
                }
            }
            case FORM_VERSION -> quoted(row.formVersion());
            default -> {
                cell.setLength(0);
                Cells.text(cell, field, row, batch, isoDates, decimalComma);
                quoted(cell);
            }
        }
    }

    private void quoted(String value) throws IOException {
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            out.append(value);
        } else {
            quoted((CharSequence) value);
        }
    }

    private void quoted(CharSequence value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == separator || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    @Override
    public String finish() throws IOException {
        return out.finish();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
