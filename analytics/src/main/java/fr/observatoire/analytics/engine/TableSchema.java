package fr.observatoire.analytics.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The explicit schema of a dataset an engine reads: column names and types in order. Engines never infer types;
 * they check that every column is present, then read each one cast to its declared type.
 */
public record TableSchema(List<Column> columns) {

    public TableSchema {
        columns = List.copyOf(columns);
        Set<String> seen = new LinkedHashSet<>();
        for (Column column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("Column '" + column.name() + "' declared twice");
            }
        }
    }

    /** A schema from alternating names and types: {@code of("code", SqlType.STRING, "places", SqlType.INTEGER)}. */
    public static TableSchema of(Object... namesAndTypes) {
        if (namesAndTypes.length % 2 != 0) {
            throw new IllegalArgumentException("Expected name, type pairs");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new Column((String) namesAndTypes[i], (SqlType) namesAndTypes[i + 1]));
        }
        return new TableSchema(columns);
    }

    /** From {@code {name, TYPE}} pairs as {@code ObservationColumns.FILE_COLUMNS} lists them. */
    public static TableSchema fromPairs(List<String[]> pairs) {
        return new TableSchema(pairs.stream().map(p -> new Column(p[0], SqlType.parse(p[1]))).toList());
    }

    /** This schema with one more column at the end. */
    public TableSchema plus(String name, SqlType type) {
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(name, type));
        return new TableSchema(more);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** Names of this schema's columns absent from {@code available}, in schema order. */
    public List<String> missingFrom(java.util.Collection<String> available) {
        return names().stream().filter(name -> !available.contains(name)).toList();
    }
}
