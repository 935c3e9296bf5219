package fr.observatoire.reports.html;

import static fr.observatoire.reports.html.Html.escape;

import fr.observatoire.reports.data.TerritoryRef;
import java.util.List;

/** The index page of a report site: every fiche, grouped by level. */
public final class IndexTemplate {

    /** A fiche of the site: its territory, period and relative link. */
    public record Entry(TerritoryRef territory, String period, String href) {
    }

    public String render(List<Entry> entries, String generatedOn, int threshold) {
        StringBuilder b = new StringBuilder();
        b.append("<header class=\"page\">\n<h1>Observatoire des besoins partagés — fiches territoire</h1>\n<p>Édition du ")
                .append(escape(generatedOn)).append(" · secret statistique : effectifs inférieurs à ").append(threshold)
                .append(" masqués</p>\n</header>\n<main>\n");
        String level = null;
        for (Entry entry : entries) {
            if (!entry.territory().levelLabel().equals(level)) {
                if (level != null) {
                    b.append("</ul>\n</section>\n");
                }
                level = entry.territory().levelLabel();
                b.append("<section>\n<h2>").append(escape(level)).append("</h2>\n<ul class=\"territories\">\n");
            }
            b.append("<li><a href=\"").append(escape(entry.href())).append("\">")
                    .append(escape(entry.territory().code() + " — " + entry.territory().name())).append("</a> (")
                    .append(escape(entry.period())).append(")</li>\n");
        }
        if (level != null) {
            b.append("</ul>\n</section>\n");
        } else {
            b.append("<p class=\"unavailable\">Aucun territoire.</p>\n");
        }
        b.append("</main>\n");
        return Layout.page("Observatoire des besoins partagés — fiches territoire", b.toString());
    }
}
