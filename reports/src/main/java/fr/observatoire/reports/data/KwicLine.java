package fr.observatoire.reports.data;

/**
 * A verbatim in context ({@code themes/concordance}): the redacted text around the expression of a theme, with the
 * cell it belongs to and how many observations of the territory mention the theme.
 */
public record KwicLine(String theme, String observationId, String actorGroup, String publicCode, String needDomain,
        String left, String keyword, String right, long cellObservations) {
}
