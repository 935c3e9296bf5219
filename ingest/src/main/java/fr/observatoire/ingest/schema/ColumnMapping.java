package fr.observatoire.ingest.schema;

import java.util.List;

/**
 * How the columns of one file map to {@link Field}s: {@code fields[i]} is the field of column i (null when
 * ignored), {@link #column(Field)} the column giving a field (-1 when absent).
 */
public final class ColumnMapping {

    private final List<String> columns;
    private final Field[] fields;
    private final int[] columnOf;
    private final List<String> ignored;
    private final List<String> warnings;

    ColumnMapping(List<String> columns, Field[] fields, int[] columnOf, List<String> ignored, List<String> warnings) {
        this.columns = columns;
        this.fields = fields;
        this.columnOf = columnOf;
        this.ignored = ignored;
        this.warnings = warnings;
    }

    public List<String> columns() { return columns; }

    /** Index of the column that gives {@code field}, or -1. */
    public int column(Field field) { return columnOf[field.ordinal()]; }

    /** The column name as the file spells it, for messages. */
    public String columnName(Field field) {
        int index = columnOf[field.ordinal()];
        return index < 0 ? null : columns.get(index);
    }

    public boolean has(Field field) { return columnOf[field.ordinal()] >= 0; }

    /** The value of {@code field} in a row, or null when the column is absent or the row is short. */
    public String value(String[] row, Field field) {
        int index = columnOf[field.ordinal()];
        return index < 0 || index >= row.length ? null : row[index];
    }

    /** Metadata columns ignored (Kobo/ODK bookkeeping). */
    public List<String> ignored() { return ignored; }

    /** Unknown or duplicate columns, as report lines. */
    public List<String> warnings() { return warnings; }
}
