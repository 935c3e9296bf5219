package fr.observatoire.analytics.engine;

import java.util.Objects;

/** A named, typed column of a {@link TableSchema}. */
public record Column(String name, SqlType type) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
