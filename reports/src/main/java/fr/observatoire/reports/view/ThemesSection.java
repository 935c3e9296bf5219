package fr.observatoire.reports.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The section "Ce que disent les textes" of a fiche, disclosure applied: {@code periods} names the period range the
 * themes were computed over, or is null when the lake has no themes for the territory (then every table is null and
 * {@code jobRun} says whether the themes job ran at all).
 */
public record ThemesSection(String periods, Long textObservations, Table themes, List<Bar> bars, Table specificities,
        Table groups, Table pairs, List<KwicQuote> quotes, boolean jobRun) {

    /** At most this many verbatims in context per fiche. */
    public static final int MAX_QUOTES = 6;

    /** The lake has no themes output: the themes job was not run. */
    public static final ThemesSection UNAVAILABLE = new ThemesSection(null, null, null, List.of(), null, null, null,
            List.of(), false);

    /** The themes job ran but found no text for this territory. */
    public static final ThemesSection NO_TEXTS = new ThemesSection(null, null, null, List.of(), null, null, null,
            List.of(), true);

    public boolean available() { return periods != null; }

    /** The tables to export, in page order. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Table table : new Table[] {themes, specificities, groups, pairs}) {
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }
}
