package fr.observatoire.reports.data;

/** A redacted free text from the lake with the cell it belongs to. */
public record Verbatim(String publicCode, String needDomain, String sourceGroup, String text) {
}
