package fr.observatoire.reports.data;

/** One cell of the needs table of a territory (site-wide disclosure control). */
public record NeedCell(String level, String code, String publicCode, String needDomain, long observations,
        long persons) {
}
