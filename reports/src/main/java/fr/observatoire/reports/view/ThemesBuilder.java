package fr.observatoire.reports.view;

import fr.observatoire.reports.data.KwicLine;
import fr.observatoire.reports.data.LakeDataset;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.data.ThemeCount;
import fr.observatoire.reports.data.ThemePair;
import fr.observatoire.reports.data.ThemePeriods;
import fr.observatoire.reports.data.ThemeSpecificity;
import fr.observatoire.reports.disclosure.CellStatus;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.disclosure.VerbatimCheck;
import fr.observatoire.vocabulary.ActorGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Builds the section "Ce que disent les textes" from {@code <lake>/themes/}: main themes with their actor groups,
 * bar chart, specificities of the territory and of each actor group, co-occurring pairs, verbatims in context.
 *
 * <p>Disclosure: the statuses of the theme × actor group counts and of each theme's count come from
 * {@link SitePattern} (primary suppression, secondary suppression within a theme's row, since a theme's count is the
 * sum of its groups', and across nested territories); a hidden theme count hides its share too. Specificities and
 * pairs are listed only for published counts. Verbatims only for published themes whose count is at least the
 * report's threshold, re-checked by {@link VerbatimCheck}, attributed to an actor group or a public × domain only
 * when those cells are published: up to {@link #QUOTES_PER_THEME} for each of the first {@link #QUOTED_THEMES} most
 * frequent themes that have verbatims, at most {@link #MAX_QUOTES} per fiche.
 */
final class ThemesBuilder {

    static final int MAX_THEMES_IN_CHART = 10;
    static final int MAX_SPECIFICITIES = 8;
    static final int MAX_PER_GROUP = 3;
    static final int MAX_PAIRS = 8;
    static final int QUOTED_THEMES = 3;
    static final int QUOTES_PER_THEME = 2;
    static final int MAX_QUOTES = Math.min(ThemesSection.MAX_QUOTES, QUOTED_THEMES * QUOTES_PER_THEME);

    private static final List<ActorGroup> GROUPS = List.of(ActorGroup.values());

    private final DisclosureControl control;
    private final Scope scope;

    ThemesBuilder(DisclosureControl control, Scope scope) {
        this.control = control;
        this.scope = scope;
    }

    /**
     * @param needCellHidden whether the public × domain cell of a verbatim is hidden in the needs table
     * @param status per theme, the status of its actor group counts and of its own count ({@link SitePattern})
     */
    ThemesSection build(LakeReader reader, TerritoryRef territory, String period,
            BiPredicate<String, String> needCellHidden, Map<String, CellStatus[]> status, List<String> notes) {
        if (!reader.available(LakeDataset.THEME_COUNTS)) {
            return ThemesSection.UNAVAILABLE;
        }
        Optional<ThemePeriods> found = reader.themePeriods(territory, period);
        if (found.isEmpty()) {
            return ThemesSection.NO_TEXTS;
        }
        ThemePeriods periods = found.get();
        List<ThemeCount> counts = reader.themeCounts(territory, periods).stream()
                .filter(c -> scope.keepsTheme(c.theme())).toList();
        Grid grid = new Grid(status);
        Set<String> published = new HashSet<>();
        for (ThemeCount count : counts) {
            if (!grid.themeHidden(count.theme())) {
                published.add(count.theme());
            }
        }
        Long textObservations = counts.stream().map(ThemeCount::territoryObservations)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);

        Table themes = themesTable(counts, grid, notes);
        List<Bar> bars = counts.stream().filter(c -> published.contains(c.theme()))
                .sorted(Comparator.comparingLong(ThemeCount::observations).reversed().thenComparing(ThemeCount::theme))
                .limit(MAX_THEMES_IN_CHART)
                .map(c -> {
                    double share = share(c) * 100;
                    boolean marked = sharedFinding(c);
                    return new Bar(label(c.theme(), c.label()), share, Format.number(share, 1) + " %", marked,
                            label(c.theme(), c.label()) + " : " + c.observations() + " observations, "
                                    + Format.number(share, 1) + " % des textes" + (marked ? ", constat partagé" : ""));
                })
                .toList();
        List<ThemeSpecificity> specificities = reader.themeSpecificities(territory, periods).stream()
                .filter(s -> scope.keepsTheme(s.theme())).toList();
        return new ThemesSection(periods.label(), textObservations, themes, bars,
                specificityTable(specificities, published, notes),
                groupTable(specificities, published, grid),
                pairTable(reader.themePairs(territory, periods), published, notes),
                quotes(reader.concordance(territory, periods), counts, published, grid, needCellHidden), true);
    }

    /** The disclosure status of a territory's themes; a theme the pattern does not know is hidden whole. */
    private record Grid(Map<String, CellStatus[]> status) {

        boolean themeHidden(String theme) {
            CellStatus[] s = status.get(theme);
            return s == null || s[GROUPS.size()].hidden();
        }

        boolean hidden(String theme, int group) {
            CellStatus[] s = status.get(theme);
            return s == null || s[group].hidden();
        }

        long count(CellStatus wanted, List<ThemeCount> counts) {
            return counts.stream().map(c -> status.get(c.theme())).filter(java.util.Objects::nonNull)
                    .flatMap(java.util.Arrays::stream).filter(s -> s == wanted).count();
        }
    }

    private static double share(ThemeCount c) {
        if (c.share() != null) {
            return c.share();
        }
        return c.territoryObservations() == null || c.territoryObservations() == 0 ? 0
                : (double) c.observations() / c.territoryObservations();
    }

    private static boolean sharedFinding(ThemeCount c) {
        return groupsMentioning(c) >= ActorGroup.SHARED_FINDING_THRESHOLD;
    }

    private static int groupsMentioning(ThemeCount c) {
        if (c.sourceGroups() != null) {
            return c.sourceGroups();
        }
        int n = 0;
        for (long v : c.byActorGroup()) {
            n += v > 0 ? 1 : 0;
        }
        return n;
    }

    static String label(String code, String label) {
        return label == null || label.isBlank() ? code : label;
    }

    private Table themesTable(List<ThemeCount> counts, Grid grid, List<String> notes) {
        List<List<Cell>> rows = new ArrayList<>();
        int hiddenThemes = 0;
        for (int r = 0; r < counts.size(); r++) {
            ThemeCount c = counts.get(r);
            boolean hidden = grid.themeHidden(c.theme());
            hiddenThemes += hidden ? 1 : 0;
            boolean anyCellHidden = false;
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(label(c.theme(), c.label())));
            row.add(hidden ? Cell.secret() : Cell.count(c.observations()));
            row.add(hidden ? Cell.secret() : Cell.number(share(c) * 100, 1));
            long[] groups = c.byActorGroup();
            for (int g = 0; g < groups.length; g++) {
                boolean cellHidden = grid.hidden(c.theme(), g);
                anyCellHidden |= cellHidden;
                row.add(cellHidden ? Cell.secret() : Cell.count(groups[g]));
            }
            // how many groups mention a theme tells which hidden cells are zero: hidden with them
            row.add(anyCellHidden ? Cell.secret() : Cell.count(groupsMentioning(c)));
            row.add(Cell.text(hidden ? "" : sharedFinding(c) ? "oui" : ""));
            rows.add(row);
        }
        long primary = grid.count(CellStatus.PRIMARY, counts);
        long secondary = grid.count(CellStatus.SECONDARY, counts);
        long nested = grid.count(CellStatus.NESTED, counts);
        if (primary + secondary + nested > 0) {
            notes.add("Thèmes des textes : " + hiddenThemes + " thème(s) masqué(s); " + primary + " effectif(s) de "
                    + "thème ou de groupe d'acteurs sous le seuil de " + control.threshold() + " observations (secret "
                    + "primaire), " + secondary + " autre(s) masqué(s) pour ne pas être retrouvés par différence avec "
                    + "le total du thème (secret secondaire) et " + nested + " pour ne pas être retrouvés par "
                    + "différence entre territoires emboîtés; le nombre de groupes qui mentionnent un thème est masqué "
                    + "dès qu'un de ses effectifs l'est.");
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("Thème"), Column.number("Observations"),
                Column.number("Part des textes (%)")));
        GROUPS.forEach(g -> columns.add(Column.number(g.label())));
        columns.add(Column.number("Groupes d'acteurs"));
        columns.add(Column.text("Constat partagé des textes"));
        return new Table("themes", "Thèmes des textes libres",
                "Observations dont le texte mentionne le thème (une observation compte une fois par thème), part des "
                        + "observations avec un texte, observations par groupe d'acteurs; constat partagé : thème "
                        + "mentionné par au moins " + ActorGroup.SHARED_FINDING_THRESHOLD + " des 4 groupes.",
                columns, rows);
    }

    private Table specificityTable(List<ThemeSpecificity> all, Set<String> published, List<String> notes) {
        List<ThemeSpecificity> over = all.stream()
                .filter(s -> ThemeSpecificity.ENSEMBLE.equals(s.actorGroup()) && overRepresented(s)).toList();
        List<ThemeSpecificity> kept = over.stream().filter(s -> publishable(s, published)).limit(MAX_SPECIFICITIES)
                .toList();
        long left = over.stream().filter(s -> !publishable(s, published)).count();
        if (left > 0) {
            notes.add("Spécificités des thèmes : " + left + " thème(s) sur-représenté(s) portant sur moins de "
                    + control.threshold() + " observations ou sur une case masquée ne sont pas listés.");
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ThemeSpecificity s : kept) {
            rows.add(List.of(Cell.text(label(s.theme(), s.label())), Cell.count(s.count()),
                    Cell.number(s.partObservations(), 0), Cell.number(percent(s.count(), s.partObservations()), 1),
                    Cell.number(percent(s.totalCount(), s.totalObservations()), 1), Cell.number(s.expected(), 1),
                    Cell.number(s.score(), 2), Cell.number(s.pValue(), 4)));
        }
        return new Table("themes-specificites", "Thèmes sur-représentés dans le territoire",
                "Observations du territoire mentionnant le thème (k) sur ses observations avec un texte (n), comparées "
                        + "à l'ensemble des observations (K sur N) : attendu = n × K / N; score signé (positif : "
                        + "sur-représenté).",
                List.of(Column.text("Thème"), Column.number("Observations ici (k)"),
                        Column.number("Observations avec texte ici (n)"), Column.number("Part ici (%)"),
                        Column.number("Part dans l'ensemble (%)"), Column.number("Attendu"),
                        Column.number("Score"), Column.number("p-valeur")),
                rows);
    }

    private boolean publishable(ThemeSpecificity s, Set<String> published) {
        return published.contains(s.theme()) && !control.hides(s.count()) && s.count() > 0
                && (s.totalCount() == null || !control.hides(s.totalCount()));
    }

    private static boolean overRepresented(ThemeSpecificity s) {
        return s.direction() == null ? s.score() != null && s.score() > 0 : "sur".equals(s.direction());
    }

    private static Double percent(Long part, Long whole) {
        return part == null || whole == null || whole == 0 ? null : part * 100.0 / whole;
    }

    private Table groupTable(List<ThemeSpecificity> all, Set<String> published, Grid grid) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            ActorGroup group = GROUPS.get(g);
            int column = g;
            all.stream()
                    .filter(s -> group.code().equals(s.actorGroup()) && overRepresented(s))
                    .filter(s -> published.contains(s.theme()) && !grid.hidden(s.theme(), column)
                            && !control.hides(s.count()) && s.count() > 0
                            && (s.partObservations() == null || !control.hides(s.partObservations())))
                    .limit(MAX_PER_GROUP)
                    .forEach(s -> rows.add(List.of(Cell.text(group.label()), Cell.text(label(s.theme(), s.label())),
                            Cell.count(s.count()), Cell.number(s.partObservations(), 0),
                            Cell.number(percent(s.count(), s.partObservations()), 1),
                            Cell.number(percent(s.totalCount(), s.totalObservations()), 1),
                            Cell.number(s.score(), 2))));
        }
        return new Table("themes-groupes", "Ce que chaque groupe d'acteurs met en avant",
                "Thèmes sur-représentés dans les textes d'un groupe d'acteurs par rapport à l'ensemble du territoire "
                        + "(au plus " + MAX_PER_GROUP + " par groupe, cases publiées seulement).",
                List.of(Column.text("Groupe d'acteurs"), Column.text("Thème"),
                        Column.number("Observations du groupe avec le thème"),
                        Column.number("Observations du groupe"), Column.number("Part dans le groupe (%)"),
                        Column.number("Part dans le territoire (%)"), Column.number("Score")),
                rows);
    }

    private Table pairTable(List<ThemePair> pairs, Set<String> published, List<String> notes) {
        List<List<Cell>> rows = new ArrayList<>();
        int left = 0;
        for (ThemePair p : pairs) {
            if (!scope.keepsTheme(p.themeA()) || !scope.keepsTheme(p.themeB())) {
                continue;
            }
            boolean publishable = p.countAb() > 0 && !control.hides(p.countAb()) && published.contains(p.themeA())
                    && published.contains(p.themeB());
            if (!publishable) {
                left++;
                continue;
            }
            if (rows.size() < MAX_PAIRS) {
                rows.add(List.of(Cell.text(label(p.themeA(), p.labelA())), Cell.text(label(p.themeB(), p.labelB())),
                        Cell.count(p.countAb()), Cell.number(p.countA(), 0), Cell.number(p.countB(), 0),
                        Cell.number(p.jaccard(), 3), Cell.number(p.lift(), 2)));
            }
        }
        if (left > 0) {
            notes.add("Thèmes associés : " + left + " paire(s) de thèmes sur moins de " + control.threshold()
                    + " observations communes ou sur un thème masqué ne sont pas listées.");
        }
        return new Table("themes-cooccurrences", "Thèmes mentionnés ensemble",
                "Observations dont le texte mentionne les deux thèmes; Jaccard = communes / (A + B − communes); "
                        + "lift = communes × observations avec texte / (A × B), > 1 : plus souvent ensemble que par hasard.",
                List.of(Column.text("Thème A"), Column.text("Thème B"), Column.number("Observations communes"),
                        Column.number("Observations A"), Column.number("Observations B"), Column.number("Jaccard"),
                        Column.number("Lift")),
                rows);
    }

    private List<KwicQuote> quotes(List<KwicLine> lines, List<ThemeCount> counts, Set<String> published, Grid grid,
            BiPredicate<String, String> needCellHidden) {
        List<String> ranked = counts.stream().filter(c -> published.contains(c.theme()))
                .sorted(Comparator.comparingLong(ThemeCount::observations).reversed().thenComparing(ThemeCount::theme))
                .map(ThemeCount::theme).toList();
        Map<String, String> labels = new HashMap<>();
        counts.forEach(c -> labels.put(c.theme(), label(c.theme(), c.label())));
        List<KwicQuote> quotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int quotedThemes = 0;
        for (String theme : ranked) {
            if (quotedThemes == QUOTED_THEMES || quotes.size() == MAX_QUOTES) {
                break;
            }
            int taken = 0;
            for (KwicLine line : lines) {
                if (taken == QUOTES_PER_THEME || quotes.size() == MAX_QUOTES) {
                    break;
                }
                if (!line.theme().equals(theme) || !quotable(line, published) || !seen.add(line.observationId())) {
                    continue;
                }
                quotes.add(quote(line, labels.get(theme), grid, needCellHidden));
                taken++;
            }
            quotedThemes += taken > 0 ? 1 : 0;
        }
        return quotes;
    }

    /** A verbatim of a published theme whose count (the job's cell) is at least the report's threshold. */
    private boolean quotable(KwicLine line, Set<String> published) {
        return published.contains(line.theme()) && line.cellObservations() > 0
                && !control.hides(line.cellObservations());
    }

    /**
     * The verbatim, re-checked, with its actor group only when the theme × group count is published, and its public
     * and domain only when that cell of the needs table is published (otherwise null: the page says they are withheld).
     */
    private static KwicQuote quote(KwicLine line, String label, Grid grid, BiPredicate<String, String> needCellHidden) {
        int group = GROUPS.stream().map(ActorGroup::code).toList().indexOf(line.actorGroup());
        String actorGroup = group >= 0 && !grid.hidden(line.theme(), group) ? line.actorGroup() : null;
        boolean needShown = line.publicCode() != null && line.needDomain() != null
                && !needCellHidden.test(line.publicCode(), line.needDomain());
        return new KwicQuote(label, VerbatimCheck.redact(line.left()), VerbatimCheck.redact(line.keyword()),
                VerbatimCheck.redact(line.right()), actorGroup, needShown ? line.publicCode() : null,
                needShown ? line.needDomain() : null);
    }
}
