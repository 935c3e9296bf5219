package fr.observatoire.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** JSON Lines: one object per observation, numbers as numbers, blank values left out. */
final class JsonLinesWriter implements ObservationWriter {

    private final ByteSink out;
    private final Batch batch;
    private final List<Column> columns;
    private final StringBuilder line = new StringBuilder(512);
    private final StringBuilder cell = new StringBuilder(256);

    JsonLinesWriter(Path file, Batch batch, List<Column> columns) throws IOException {
        this.out = new ByteSink(Files.newOutputStream(file), false);
        this.batch = batch;
        this.columns = List.copyOf(columns);
    }

    @Override
    public void write(Row row) throws IOException {
        line.setLength(0);
        line.append('{');
        boolean first = true;
        for (Column column : columns) {
            cell.setLength(0);
            Cells.text(cell, column.field(), row, batch, true, false);
            if (cell.length() == 0) {
                continue;
            }
            if (!first) {
                line.append(',');
            }
            first = false;
            string(column.header());
            line.append(':');
            Field field = column.field();
            if (field == Field.PERSONS || field == Field.SEVERITY || field == Field.WAITING_DAYS) {
                line.append(cell);
            } else {
                string(cell);
            }
        }
        line.append("}\n");
        out.append(line);
    }

    private void string(CharSequence value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
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
