package fr.observatoire.reports.view;

/**
 * A published verbatim in context: the theme, the text left of the expression, the expression, the text right of it;
 * the actor group, public and domain are null when their counts are hidden.
 */
public record KwicQuote(String theme, String left, String keyword, String right, String actorGroup, String publicCode,
        String needDomain) {
}
