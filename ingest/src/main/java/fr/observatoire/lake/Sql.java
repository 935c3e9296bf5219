package fr.observatoire.lake;

import java.nio.file.Path;

/**
 * The one place where a value is written into SQL text: DuckDB resolves file paths when it plans a query, so paths
 * cannot be bound with {@code ?}. Everything else is bound.
 */
public final class Sql {

    private Sql() {
    }

    /** A SQL string literal: single quotes doubled, the whole in single quotes. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String literal(Path path) {
        return literal(path.toAbsolutePath().toString());
    }
}
