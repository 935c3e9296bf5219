package fr.observatoire.analytics.engine;

import java.util.Locale;

/** The engines a job can run on, as named on the command line ({@code --engine spark|duckdb}). */
public enum EngineKind {
    SPARK, DUCKDB;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Parses {@code spark} or {@code duckdb} (any case). */
    public static EngineKind parse(String raw) {
        for (EngineKind kind : values()) {
            if (kind.code().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown engine '" + raw + "': expected spark or duckdb");
    }
}
