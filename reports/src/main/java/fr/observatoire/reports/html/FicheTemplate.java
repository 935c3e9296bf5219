package fr.observatoire.reports.html;

import static fr.observatoire.reports.html.Html.escape;

import fr.observatoire.reports.chart.BarChart;
import fr.observatoire.reports.chart.HeatMapChart;
import fr.observatoire.reports.chart.RankedBarChart;
import fr.observatoire.reports.chart.TrendChart;
import fr.observatoire.reports.data.SourceVintage;
import fr.observatoire.reports.data.Verbatim;
import fr.observatoire.reports.map.ChoroplethMap;
import fr.observatoire.reports.view.Format;
import fr.observatoire.reports.view.KeyFigure;
import fr.observatoire.reports.view.KwicQuote;
import fr.observatoire.reports.view.Labels;
import fr.observatoire.reports.view.Table;
import fr.observatoire.reports.view.TerritoryCard;
import fr.observatoire.reports.view.ThemesSection;
import fr.observatoire.vocabulary.ActorGroup;

/** The fiche territoire: a typed template over a {@link TerritoryCard}; it never queries anything. */
public final class FicheTemplate {

    private final ChoroplethMap map;

    public FicheTemplate(ChoroplethMap map) {
        this.map = map;
    }

    public String render(TerritoryCard card, PageLinks links, String generatedOn) {
        String name = card.territory().name() == null ? card.territory().code() : card.territory().name();
        String title = "Fiche territoire — " + name;
        StringBuilder b = new StringBuilder();
        b.append("<header class=\"page\">\n<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(card.territory().levelLabel() + " " + card.territory().code() + " · période "
                        + card.period() + " · diagnostic partagé de l'observatoire des besoins sociaux et médico-sociaux"))
                .append("</p>\n<p>Édition du ").append(escape(generatedOn)).append(" · <a href=\"")
                .append(escape(links.index())).append("\">tous les territoires</a></p>\n</header>\n");
        b.append("""
                <nav class="toc" aria-label="Sommaire">
                <a href="#chiffres">Chiffres clés</a><a href="#besoins">Besoins</a><a href="#constats">Constats partagés</a>\
                <a href="#tendances">Tendances</a><a href="#emergents">Besoins émergents</a><a href="#ecarts">Écarts offre/besoins</a>\
                <a href="#carte">Carte</a><a href="#textes">Ce que disent les textes</a><a href="#verbatims">Paroles de terrain</a><a href="#couverture">Couverture et qualité</a>\
                <a href="#secret">Secret statistique</a><a href="#methode">Méthodologie</a><a href="#sources">Sources</a>
                </nav>
                <main>
                """);
        if (!links.csv().isEmpty() || links.xlsx() != null) {
            b.append("<p class=\"exports\">Exports : ");
            if (links.xlsx() != null) {
                b.append("<a href=\"").append(escape(links.xlsx())).append("\">classeur XLSX</a>");
            }
            links.csv().forEach((id, href) -> b.append("<a href=\"").append(escape(href)).append("\">")
                    .append(escape(id)).append(".csv</a>"));
            b.append("</p>\n");
        }
        b.append("<section id=\"chiffres\">\n<h2>Chiffres clés</h2>\n<div class=\"keys\">\n");
        for (KeyFigure key : card.keyFigures()) {
            b.append("<div class=\"key\"><div class=\"label\">").append(escape(key.label()))
                    .append("</div><div class=\"value\">").append(escape(key.value()))
                    .append("</div><div class=\"denominator\">").append(escape(key.denominator())).append("</div></div>\n");
        }
        b.append("</div>\n</section>\n");

        b.append("<section id=\"besoins\">\n<h2>Besoins par public et domaine</h2>\n");
        if (card.needs().isEmpty()) {
            b.append("<p class=\"unavailable\">Aucune observation pour ce territoire et cette période.</p>\n");
        } else {
            b.append(HeatMapChart.render(card.heatMap())).append('\n');
            b.append(Html.table(card.needs()));
            b.append(Html.table(card.trends()));
        }
        if (card.comparison() != null) {
            b.append(Html.table(card.comparison()));
        }
        b.append("</section>\n");

        b.append("<section id=\"constats\">\n<h2>Constats partagés</h2>\n<p>Un besoin rapporté par au moins ")
                .append(ActorGroup.SHARED_FINDING_THRESHOLD)
                .append(" des quatre groupes d'acteurs (usagers et habitants, professionnels, décideurs, financeurs) "
                        + "est un constat partagé.</p>\n");
        b.append(Html.table(card.shared())).append(Html.table(card.actorGroups())).append("</section>\n");

        b.append("<section id=\"tendances\">\n<h2>Tendances</h2>\n")
                .append(TrendChart.render("Personnes concernées par période — " + name, card.series()))
                .append("\n<p class=\"note\">La tendance de chaque besoin figure dans le tableau « Détail des besoins, "
                        + "taux et tendances ».</p>\n</section>\n");

        b.append("<section id=\"emergents\">\n<h2>Besoins émergents</h2>\n");
        if (card.emerging() == null) {
            b.append(unavailable("L'analyse des besoins émergents n'est pas disponible dans le lac de données."));
        } else {
            b.append(Html.table(card.emerging()));
        }
        b.append("</section>\n");

        b.append("<section id=\"ecarts\">\n<h2>Écarts entre besoins et offre</h2>\n");
        if (card.gaps().isEmpty()) {
            b.append(unavailable("L'analyse des écarts n'est pas disponible pour ce territoire."));
        } else {
            b.append(BarChart.render("Places pour 1 000 habitants de la population cible — " + name,
                    "places pour 1 000 habitants de la tranche d'âge cible", card.gapBars())).append('\n');
            b.append(Html.table(card.gaps()));
        }
        if (card.dispersion() != null) {
            b.append(Html.table(card.dispersion()));
        }
        b.append("</section>\n");

        b.append("<section id=\"carte\">\n<h2>Carte des départements</h2>\n").append(map.render(card.map()))
                .append("\n<p class=\"note\">Départements et régions d'outre-mer en encarts, à gauche, hors échelle. "
                        + "Le territoire du rapport est entouré en rouge.</p>\n</section>\n");

        b.append(themes(card, name));

        b.append("<section id=\"verbatims\">\n<h2>Paroles de terrain</h2>\n");
        if (card.verbatims().isEmpty()) {
            b.append(unavailable("Aucun verbatim publiable (textes absents ou rattachés à des cases masquées)."));
        }
        for (Verbatim v : card.verbatims()) {
            b.append("<blockquote><p>« ").append(escape(v.text())).append(" »</p><footer>")
                    .append(escape(Labels.sourceGroup(v.sourceGroup()) + " · " + Labels.publicLabel(v.publicCode())
                            + " · " + Labels.domain(v.needDomain())))
                    .append("</footer></blockquote>\n");
        }
        b.append("<p class=\"note\">Textes libres déjà anonymisés à l'ingestion, vérifiés à nouveau (adresses, "
                + "téléphones, numéros de sécurité sociale masqués) et publiés seulement pour des cases non masquées.</p>\n"
                + "</section>\n");

        b.append("<section id=\"couverture\">\n<h2>Couverture et qualité des données</h2>\n").append(Html.table(card.coverage()));
        if (card.quality() == null) {
            b.append(unavailable("Les indicateurs de qualité des remontées ne sont pas disponibles dans le lac de données."));
        } else {
            b.append(Html.table(card.quality()));
        }
        if (card.contributors() == null) {
            b.append(unavailable("Le statut de remontée des contributeurs n'est pas disponible dans le lac de données."));
        } else {
            b.append(Html.table(card.contributors()));
        }
        b.append("</section>\n");

        b.append("<section id=\"secret\">\n<h2>Secret statistique</h2>\n<p>Les effectifs de personnes ou "
                + "d'observations inférieurs à ").append(card.threshold()).append(" sont masqués (« s »).</p>\n");
        if (card.suppressionNotes().isEmpty()) {
            b.append("<p>Aucune valeur n'a dû être masquée dans cette fiche.</p>\n");
        } else {
            b.append("<ul>\n");
            card.suppressionNotes().forEach(n -> b.append("<li>").append(escape(n)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("</section>\n");

        b.append(METHODOLOGY);

        b.append("<section id=\"sources\">\n<h2>Sources et millésimes</h2>\n<table>\n<thead><tr><th>Table</th>"
                + "<th>Source</th><th>Millésime</th></tr></thead>\n<tbody>\n");
        for (SourceVintage s : card.sources()) {
            b.append("<tr><td>").append(escape(s.table())).append("</td><td>").append(escape(s.source()))
                    .append("</td><td>").append(escape(s.vintage())).append("</td></tr>\n");
        }
        b.append("<tr><td>carte</td><td>IGN Admin Express / INSEE COG via france-geojson (G. David), Licence Ouverte, "
                + "simplifiée</td><td>géométrie 2018</td></tr>\n</tbody>\n</table>\n<p class=\"note\">Les millésimes "
                + "diffèrent (géographie COG 2026 et population municipale 2023, estimations de population par âge, "
                + "géométrie 2018) : chaque chiffre indique son dénominateur.</p>\n</section>\n</main>\n");
        return Layout.page(title, b.toString());
    }

    private static String themes(TerritoryCard card, String name) {
        ThemesSection themes = card.themes();
        StringBuilder b = new StringBuilder("<section id=\"textes\">\n<h2>Ce que disent les textes</h2>\n");
        if (themes == null || !themes.available()) {
            b.append(themes != null && themes.jobRun()
                    ? unavailable("L'analyse thématique n'a trouvé aucun texte libre pour ce territoire.")
                    : "<p class=\"unavailable\">Analyse thématique non disponible : lancer <code>observatory run "
                            + "themes</code> puis régénérer la fiche.</p>\n");
            b.append("</section>\n");
            return b.toString();
        }
        b.append("<p>Thèmes repérés dans les textes libres des observations (vocabulaire versionné de l'observatoire), "
                + "période ").append(escape(themes.periods()));
        if (themes.textObservations() != null) {
            long texts = themes.textObservations();
            b.append(", sur ").append(texts > 0 && texts < card.threshold() ? "moins de " + card.threshold()
                    : escape(Format.number(texts, 0))).append(" observations avec un texte");
        }
        b.append(". Un thème mentionné par au moins ").append(ActorGroup.SHARED_FINDING_THRESHOLD)
                .append(" des quatre groupes d'acteurs est un <strong>constat partagé des textes</strong>.</p>\n");
        if (!themes.bars().isEmpty()) {
            b.append(RankedBarChart.render("Part des textes qui mentionnent chaque thème — " + name,
                    "% des observations avec un texte", "constat partagé (≥ " + ActorGroup.SHARED_FINDING_THRESHOLD
                            + " groupes)", themes.bars())).append('\n');
        }
        b.append(Html.table(themes.themes())).append(Html.table(themes.specificities()))
                .append(Html.table(themes.groups())).append(Html.table(themes.pairs()));
        b.append("<h3>Les mots des acteurs</h3>\n");
        if (themes.quotes().isEmpty()) {
            b.append(unavailable("Aucun extrait publiable (thèmes sous le seuil ou rattachés à des cases masquées)."));
        }
        for (KwicQuote q : themes.quotes()) {
            b.append("<blockquote class=\"kwic\"><p><span class=\"theme\">").append(escape(q.theme()))
                    .append("</span> « …").append(escape(q.left())).append("<strong>").append(escape(q.keyword()))
                    .append("</strong>").append(escape(q.right())).append("… »</p><footer>")
                    .append(escape((q.actorGroup() == null ? "groupe d'acteurs non précisé"
                            : Labels.actorGroup(q.actorGroup())) + " · " + (q.publicCode() == null
                                    ? "public et domaine non précisés"
                                    : Labels.publicLabel(q.publicCode()) + " · " + Labels.domain(q.needDomain()))))
                    .append("</footer></blockquote>\n");
        }
        b.append("<p class=\"note\">Extraits des textes autour de l'expression du thème, déjà anonymisés à "
                + "l'ingestion et vérifiés à nouveau; au plus ").append(ThemesSection.MAX_QUOTES)
                .append(", seulement pour des thèmes publiés mentionnés par au moins ").append(card.threshold())
                .append(" observations. Le groupe d'acteurs, le public et le domaine ne sont précisés que si leurs "
                        + "effectifs sont publiés.</p>\n</section>\n");
        return b.toString();
    }

    private static String unavailable(String message) {
        return "<p class=\"unavailable\">" + escape(message) + "</p>\n";
    }

    static final String METHODOLOGY = """
            <section id="methode">
            <h2>Méthodologie et définitions</h2>
            <dl>
            <dt>Observation</dt><dd>Remontée de terrain d'un usager, habitant, professionnel, décideur ou financeur : \
            un besoin pour un public, dans un domaine, sur un territoire et une période, avec le nombre de personnes \
            concernées. Aucune identité de personne n'est conservée.</dd>
            <dt>Taux pour 10 000 habitants</dt><dd>Personnes concernées du public / population de la tranche d'âge de \
            référence de ce public × 10 000. Numérateurs et dénominateurs sont sommés au territoire avant la division : \
            les taux ne sont jamais moyennés.</dd>
            <dt>Constat partagé</dt><dd>Besoin rapporté par au moins trois des quatre groupes d'acteurs.</dd>
            <dt>Tendance</dt><dd>Évolution par rapport à la période précédente, calculée par l'analyse du diagnostic.</dd>
            <dt>Besoin émergent</dt><dd>Besoin nouveau, ou dont les observations de la période dépassent nettement la \
            moyenne des périodes de référence.</dd>
            <dt>Taux d'équipement</dt><dd>Places installées pour 1 000 habitants de la tranche d'âge cible, comparé aux \
            médianes nationale et régionale des départements ; une zone blanche n'a aucune place.</dd>
            <dt>Thèmes des textes</dt><dd>Chaque texte libre est normalisé (minuscules, accents, élisions, \
            racinisation légère du français) et rapproché d'un vocabulaire versionné d'expressions rattachées à des thèmes; \
            une observation compte une fois par thème.</dd>
            <dt>Spécificité</dt><dd>Un thème est sur-représenté quand la part des textes du territoire (ou d'un groupe \
            d'acteurs) qui le mentionnent dépasse nettement celle de l'ensemble : le score signé compare k observations \
            avec le thème sur n à l'attendu n × K / N de l'ensemble (positif : plus fréquent ici qu'ailleurs).</dd>
            <dt>Secret statistique</dt><dd>Les cases de moins de N personnes ou observations sont masquées (secret \
            primaire) ; dans chaque ligne ou colonne qui n'aurait qu'une case masquée, la plus petite autre case est \
            masquée aussi (secret secondaire), jusqu'à ce qu'aucune case ne puisse être retrouvée par différence avec les \
            totaux, qui restent les totaux réels. Une case est aussi masquée quand elle pourrait être retrouvée en \
            retranchant d'un territoire ses autres sous-territoires publiés (commune, EPCI, département, région).</dd>
            </dl>
            </section>
            """;
}
