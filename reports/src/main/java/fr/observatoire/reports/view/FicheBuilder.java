package fr.observatoire.reports.view;

import fr.observatoire.reports.data.CoverageRow;
import fr.observatoire.reports.data.DepartementValue;
import fr.observatoire.reports.data.DiagnosticRow;
import fr.observatoire.reports.data.EmergingRow;
import fr.observatoire.reports.data.GapRow;
import fr.observatoire.reports.data.GenericRows;
import fr.observatoire.reports.data.LakeDataset;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.PeriodTotal;
import fr.observatoire.reports.data.Population;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.data.Verbatim;
import fr.observatoire.reports.disclosure.CellStatus;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.disclosure.Suppression;
import fr.observatoire.reports.disclosure.VerbatimCheck;
import fr.observatoire.vocabulary.ActorGroup;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the lake holds for one territory and period into a {@link TerritoryCard}, disclosure applied. */
public final class FicheBuilder {

    static final int MAX_VERBATIMS = 5;

    private final DisclosureControl control;
    private final Scope scope;
    private final ThemesBuilder themes;
    /** Site-wide suppression patterns, per reader and period (a builder serves one report run). */
    private final Map<LakeReader, Map<String, SitePattern>> patterns = new java.util.WeakHashMap<>();

    public FicheBuilder(DisclosureControl control, Scope scope) {
        this.control = control;
        this.scope = scope;
        this.themes = new ThemesBuilder(control, scope);
    }

    private SitePattern pattern(LakeReader reader, String period) {
        return patterns.computeIfAbsent(reader, r -> new HashMap<>())
                .computeIfAbsent(period, p -> SitePattern.compute(reader, p, control));
    }

    /** The count a needs cell is protected on: its persons, or its observations when fewer (or no persons given). */
    static long protectedCount(long persons, long observations) {
        return persons > 0 ? Math.min(persons, observations) : observations;
    }

    public TerritoryCard build(LakeReader reader, TerritoryRef territory, String period) {
        List<DiagnosticRow> rows = inScope(reader.diagnostic(territory, period));
        List<String> publics = ordered(rows.stream().map(DiagnosticRow::publicCode).toList(), Public.values());
        List<String> domains = ordered(rows.stream().map(DiagnosticRow::needDomain).toList(), NeedDomain.values());
        DiagnosticRow[][] grid = new DiagnosticRow[publics.size()][domains.size()];
        long[][] protectedCounts = new long[publics.size()][domains.size()];
        for (DiagnosticRow row : rows) {
            int r = publics.indexOf(row.publicCode());
            int c = domains.indexOf(row.needDomain());
            grid[r][c] = row;
            protectedCounts[r][c] = protectedCount(row.persons(), row.observations());
        }
        SitePattern site = pattern(reader, period);
        boolean scoped = !scope.publics().isEmpty() || !scope.domains().isEmpty();
        Suppression suppression = control.protect(protectedCounts,
                site.needsForced(territory, publics, domains, scoped));
        Map<String, Boolean> hiddenCell = new HashMap<>();
        for (int r = 0; r < publics.size(); r++) {
            for (int c = 0; c < domains.size(); c++) {
                hiddenCell.put(publics.get(r) + "|" + domains.get(c), suppression.hidden(r, c));
            }
        }
        List<String> notes = new ArrayList<>();
        long primary = suppression.count(CellStatus.PRIMARY);
        long secondary = suppression.count(CellStatus.SECONDARY);
        long nested = suppression.count(CellStatus.NESTED);
        if (primary + secondary + nested > 0) {
            notes.add(primary + " case(s) du tableau des besoins masquée(s) (« s ») car elles portent sur moins de "
                    + control.threshold() + " personnes ou observations (secret primaire), et " + secondary
                    + " autre(s) masquée(s) pour qu'elles ne puissent pas être retrouvées par différence avec les "
                    + "totaux (secret secondaire). Les totaux publiés sont les totaux réels; les taux, tendances et "
                    + "rangs calculés sur une case masquée sont masqués aussi.");
        }
        if (nested > 0) {
            notes.add(nested + " case(s) du tableau des besoins masquée(s) pour qu'elles ne puissent pas être "
                    + "retrouvées par différence entre territoires emboîtés (un territoire moins ses autres "
                    + "sous-territoires publiés).");
        }

        long totalPersons = rows.stream().mapToLong(DiagnosticRow::persons).sum();
        long totalObservations = rows.stream().mapToLong(DiagnosticRow::observations).sum();
        Population population = reader.population(territory);
        List<DiagnosticRow> visible = rows.stream()
                .filter(r -> !hiddenCell.get(r.publicCode() + "|" + r.needDomain())).toList();
        List<DiagnosticRow> shared = visible.stream()
                .filter(r -> r.sourceGroups() >= ActorGroup.SHARED_FINDING_THRESHOLD)
                .sorted(Comparator.comparingInt(DiagnosticRow::sourceGroups).reversed()
                        .thenComparing(Comparator.comparingLong(DiagnosticRow::persons).reversed())
                        .thenComparing(DiagnosticRow::publicCode).thenComparing(DiagnosticRow::needDomain))
                .toList();
        long hiddenShared = rows.stream().filter(r -> r.sourceGroups() >= ActorGroup.SHARED_FINDING_THRESHOLD).count()
                - shared.size();
        if (hiddenShared > 0) {
            notes.add(hiddenShared + " constat(s) partagé(s) portant sur des cases masquées ne sont pas détaillés.");
        }
        List<EmergingRow> emergingRows = reader.available(LakeDataset.EMERGING)
                ? reader.emerging(territory, period).stream()
                        .filter(r -> scope.keepsPublic(r.publicCode()) && scope.keepsDomain(r.needDomain())).toList()
                : null;
        List<GapRow> gapRows = reader.gaps(territory).stream().filter(r -> scope.keepsPublic(r.publicCode())).toList();

        ThemesSection themesSection = themes.build(reader, territory, period,
                (publicCode, domain) -> hiddenCell.getOrDefault(publicCode + "|" + domain, false),
                site.themeStatus(territory), notes);

        List<KeyFigure> keys = new ArrayList<>();
        keys.add(new KeyFigure("Observations", countText(totalObservations),
                "remontées de terrain, période " + period));
        keys.add(new KeyFigure("Personnes concernées", countText(totalPersons),
                "somme des personnes concernées déclarées"));
        keys.add(new KeyFigure("Population", population.population() == null ? "non disponible"
                : Format.number(population.population(), 0),
                population.population() == null ? "table de référence des communes absente"
                        : "population municipale, " + population.vintage()));
        keys.add(new KeyFigure("Personnes concernées pour 10 000 habitants",
                population.population() == null || population.population() == 0 || control.hides(totalPersons)
                        ? "non disponible" : Format.number(totalPersons * 10_000.0 / population.population(), 1),
                "personnes concernées / population municipale × 10 000"));
        keys.add(new KeyFigure("Constats partagés", Format.number(shared.size() + hiddenShared, 0),
                "besoins rapportés par au moins " + ActorGroup.SHARED_FINDING_THRESHOLD + " des 4 groupes d'acteurs"));
        keys.add(new KeyFigure("Besoins émergents", emergingRows == null ? "non disponible"
                : Format.number(emergingRows.size(), 0), "signalés par l'analyse des besoins émergents"));

        return new TerritoryCard(territory, period, control.threshold(), keys,
                needsTable(publics, domains, grid, suppression),
                heatMap(publics, domains, grid, suppression),
                sharedTable(shared), actorGroupTable(visible), detailTable(publics, domains, grid, suppression),
                series(reader.series(territory)),
                emergingRows == null ? null : emergingTable(emergingRows, notes),
                gapTable(gapRows, notes), gapBars(gapRows),
                map(reader, territory, period),
                verbatims(reader.verbatims(territory, period), hiddenCell),
                coverageTable(reader.coverage(territory, period)),
                reader.available(LakeDataset.GAPS_DISPERSION) ? dispersionTable(reader.dispersion()) : null,
                reader.available(LakeDataset.QUALITY) ? qualityTable(reader.quality(territory)) : null,
                reader.available(LakeDataset.QUALITY_CONTRIBUTORS)
                        ? contributorTable(reader.contributorStatus(territory, period)) : null,
                notes, reader.sources(), comparison(reader, territory, period, totalObservations, totalPersons,
                        population), themesSection);
    }

    private List<DiagnosticRow> inScope(List<DiagnosticRow> rows) {
        return rows.stream().filter(r -> scope.keepsPublic(r.publicCode()) && scope.keepsDomain(r.needDomain())).toList();
    }

    private Table comparison(LakeReader reader, TerritoryRef territory, String period, long observations, long persons,
            Population population) {
        if (scope.comparisons().isEmpty()) {
            return null;
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(comparisonRow(territory, observations, persons, population));
        Map<String, TerritoryRef> departements = new HashMap<>();
        reader.territories().stream().filter(t -> t.level().equals("departement"))
                .forEach(t -> departements.put(t.code(), t));
        for (String code : scope.comparisons()) {
            TerritoryRef other = departements.getOrDefault(code, new TerritoryRef("departement", code, code));
            List<DiagnosticRow> otherRows = inScope(reader.diagnostic(other, period));
            rows.add(comparisonRow(other, otherRows.stream().mapToLong(DiagnosticRow::observations).sum(),
                    otherRows.stream().mapToLong(DiagnosticRow::persons).sum(), reader.population(other)));
        }
        return new Table("comparaison", "Comparaison avec d'autres territoires",
                "Mêmes publics et thèmes, même période; taux pour 10 000 habitants (population municipale).",
                List.of(Column.text("Territoire"), Column.number("Observations"), Column.number("Personnes"),
                        Column.number("Population"), Column.number("Personnes pour 10 000 habitants")),
                rows);
    }

    private List<Cell> comparisonRow(TerritoryRef t, long observations, long persons, Population population) {
        boolean hide = control.hides(persons) || control.hides(observations);
        Long pop = population.population();
        return List.of(Cell.text(t.levelLabel() + " " + t.code() + " — " + t.name()),
                hide ? Cell.secret() : Cell.count(observations), hide ? Cell.secret() : Cell.count(persons),
                Cell.number(pop, 0),
                hide || pop == null || pop == 0 ? Cell.secret() : Cell.number(persons * 10_000.0 / pop, 2));
    }

    private String countText(long count) {
        return control.hides(count) ? "moins de " + control.threshold() : Format.number(count, 0);
    }

    static <E extends Enum<E> & fr.observatoire.vocabulary.Terms> List<String> ordered(List<String> codes,
            E[] vocabulary) {
        Set<String> present = new HashSet<>(codes);
        List<String> ordered = new ArrayList<>();
        for (E term : vocabulary) {
            if (present.remove(term.code())) {
                ordered.add(term.code());
            }
        }
        present.stream().sorted().forEach(ordered::add);
        return ordered;
    }

    private static Table needsTable(List<String> publics, List<String> domains, DiagnosticRow[][] grid,
            Suppression suppression) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Public"));
        domains.forEach(d -> columns.add(Column.number(Labels.domain(d))));
        columns.add(Column.number("Total"));
        List<List<Cell>> rows = new ArrayList<>();
        long[] columnTotals = new long[domains.size()];
        long grand = 0;
        for (int r = 0; r < publics.size(); r++) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(Labels.publicLabel(publics.get(r))));
            long total = 0;
            for (int c = 0; c < domains.size(); c++) {
                long persons = grid[r][c] == null ? 0 : grid[r][c].persons();
                total += persons;
                columnTotals[c] += persons;
                row.add(suppression.hidden(r, c) ? Cell.secret() : grid[r][c] == null ? Cell.text("") : Cell.count(persons));
            }
            grand += total;
            row.add(suppression.rowTotalHidden(r) ? Cell.secret() : Cell.count(total));
            rows.add(row);
        }
        List<Cell> footer = new ArrayList<>();
        footer.add(Cell.text("Total"));
        for (int c = 0; c < domains.size(); c++) {
            footer.add(suppression.columnTotalHidden(c) ? Cell.secret() : Cell.count(columnTotals[c]));
        }
        footer.add(Cell.count(grand));
        return new Table("besoins", "Personnes concernées par public et domaine de besoin",
                "Nombre de personnes concernées déclarées dans les observations; « s » : secret statistique.",
                columns, rows, List.of(footer));
    }

    private static HeatMapModel heatMap(List<String> publics, List<String> domains, DiagnosticRow[][] grid,
            Suppression suppression) {
        Double[][] values = new Double[publics.size()][domains.size()];
        boolean[][] hidden = new boolean[publics.size()][domains.size()];
        for (int r = 0; r < publics.size(); r++) {
            for (int c = 0; c < domains.size(); c++) {
                hidden[r][c] = suppression.hidden(r, c);
                values[r][c] = grid[r][c] == null || hidden[r][c] ? null : grid[r][c].ratePer10k();
            }
        }
        return new HeatMapModel("Personnes concernées pour 10 000 habitants de la population de référence",
                "pour 10 000", publics.stream().map(Labels::publicLabel).toList(),
                domains.stream().map(Labels::domain).toList(), values, hidden);
    }

    private static Table detailTable(List<String> publics, List<String> domains, DiagnosticRow[][] grid,
            Suppression suppression) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < publics.size(); r++) {
            for (int c = 0; c < domains.size(); c++) {
                DiagnosticRow row = grid[r][c];
                if (row == null) {
                    continue;
                }
                boolean hidden = suppression.hidden(r, c);
                rows.add(List.of(Cell.text(Labels.publicLabel(row.publicCode())), Cell.text(Labels.domain(row.needDomain())),
                        hidden ? Cell.secret() : Cell.count(row.observations()),
                        hidden ? Cell.secret() : Cell.count(row.persons()),
                        hidden ? Cell.secret() : Cell.number(row.ratePer10k(), 2),
                        Cell.text(Labels.denominator(row.denominator())), Cell.number(row.population(), 0),
                        hidden ? Cell.secret() : Cell.number(row.meanSeverity(), 1),
                        hidden ? Cell.secret() : Cell.number(row.medianWaitingDays(), 0),
                        hidden ? Cell.secret() : Cell.text(Labels.trend(row.trend())),
                        hidden ? Cell.secret() : Cell.number(row.rank(), 0)));
            }
        }
        return new Table("detail-tendances", "Détail des besoins, taux et tendances",
                "Taux pour 10 000 habitants du dénominateur indiqué (tranche d'âge de la population de référence); "
                        + "tendance : variation relative du taux par rapport à la période précédente; rang parmi les "
                        + "territoires du même niveau (1 = taux le plus élevé).",
                List.of(Column.text("Public"), Column.text("Domaine"), Column.number("Observations"),
                        Column.number("Personnes"), Column.number("Taux pour 10 000"), Column.text("Dénominateur"),
                        Column.number("Population du dénominateur"), Column.number("Sévérité moyenne (1-4)"),
                        Column.number("Attente médiane (jours)"), Column.text("Tendance"), Column.number("Rang")),
                rows);
    }

    private static Table sharedTable(List<DiagnosticRow> shared) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DiagnosticRow row : shared) {
            rows.add(List.of(Cell.text(Labels.publicLabel(row.publicCode())), Cell.text(Labels.domain(row.needDomain())),
                    Cell.count(row.sourceGroups()), Cell.count(row.persons()),
                    Cell.number(row.shareUsagersHabitants() * 100, 0), Cell.number(row.shareProfessionnels() * 100, 0),
                    Cell.number(row.shareDecideurs() * 100, 0), Cell.number(row.shareFinanceurs() * 100, 0)));
        }
        return new Table("constats-partages", "Constats partagés (au moins 3 groupes d'acteurs sur 4)",
                "Part des observations de chaque groupe d'acteurs, en %.",
                List.of(Column.text("Public"), Column.text("Domaine"), Column.number("Groupes d'acteurs"),
                        Column.number("Personnes"), Column.number("Usagers et habitants (%)"),
                        Column.number("Professionnels (%)"), Column.number("Décideurs (%)"),
                        Column.number("Financeurs (%)")),
                rows);
    }

    private static Table actorGroupTable(List<DiagnosticRow> visible) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ActorGroup group : ActorGroup.values()) {
            Map<String, Double> byDomain = new HashMap<>();
            double total = 0;
            for (DiagnosticRow row : visible) {
                double share = switch (group) {
                    case USAGERS_HABITANTS -> row.shareUsagersHabitants();
                    case PROFESSIONNELS -> row.shareProfessionnels();
                    case DECIDEURS -> row.shareDecideurs();
                    case FINANCEURS -> row.shareFinanceurs();
                };
                double weighted = share * row.observations();
                total += weighted;
                byDomain.merge(row.needDomain(), weighted, Double::sum);
            }
            List<String> top = byDomain.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> Labels.domain(e.getKey())).toList();
            rows.add(List.of(Cell.text(group.label()), Cell.number(total, 0), Cell.text(String.join(" ; ", top))));
        }
        return new Table("groupes-acteurs", "Ce que rapporte chaque groupe d'acteurs",
                "Observations estimées du groupe (part × observations des cases publiées) et ses trois premiers domaines.",
                List.of(Column.text("Groupe d'acteurs"), Column.number("Observations (estimation)"),
                        Column.text("Domaines les plus cités")),
                rows);
    }

    private List<SeriesPoint> series(List<PeriodTotal> totals) {
        return totals.stream().map(t -> new SeriesPoint(t.period(), control.hides(t.persons()) ? null : t.persons()))
                .toList();
    }

    private Table emergingTable(List<EmergingRow> rows, List<String> notes) {
        List<List<Cell>> cells = new ArrayList<>();
        int hidden = 0;
        for (EmergingRow row : rows) {
            boolean hide = control.hides(row.observations());
            hidden += hide ? 1 : 0;
            cells.add(List.of(Cell.text(Labels.publicLabel(row.publicCode())), Cell.text(Labels.domain(row.needDomain())),
                    hide ? Cell.secret() : Cell.count(row.observations()),
                    hide ? Cell.secret() : Cell.number(row.baselineMean(), 1),
                    hide ? Cell.secret() : Cell.number(row.ratio(), 2),
                    Cell.number(row.pValue() != null ? row.pValue() : row.score(), 3),
                    Cell.text("nouveau".equals(row.status()) ? "nouveau" : "en_hausse".equals(row.status())
                            ? "en hausse" : row.status())));
        }
        if (hidden > 0) {
            notes.add(hidden + " besoin(s) émergent(s) sur moins de " + control.threshold()
                    + " observations : effectifs et ratios masqués.");
        }
        return new Table("besoins-emergents", "Besoins émergents",
                "Observations de la période rapportées à la moyenne des périodes de référence.",
                List.of(Column.text("Public"), Column.text("Domaine"), Column.number("Observations"),
                        Column.number("Moyenne de référence"), Column.number("Ratio"),
                        Column.number("p-valeur / score"), Column.text("Statut")),
                cells);
    }

    private Table gapTable(List<GapRow> rows, List<String> notes) {
        List<List<Cell>> cells = new ArrayList<>();
        int hidden = 0;
        for (GapRow row : rows) {
            boolean hide = row.expressedNeedPersons() != null && control.hides(row.expressedNeedPersons())
                    || row.expressedNeedObservations() != null && control.hides(row.expressedNeedObservations());
            hidden += hide ? 1 : 0;
            cells.add(List.of(Cell.text(row.category()), Cell.text(Labels.publicLabel(row.publicCode())),
                    Cell.number(row.places(), 0), Cell.number(row.targetPopulation(), 0),
                    Cell.number(row.placesPer1000(), 2), Cell.number(row.nationalMedian(), 2),
                    Cell.number(row.regionalMedian(), 2), Cell.number(row.placesToReference(), 0),
                    hide ? Cell.secret() : Cell.number(row.expressedNeedPersons(), 0),
                    Cell.text(row.zoneBlanche() ? "oui" : "non"), Cell.number(row.priorityRank(), 0)));
        }
        if (hidden > 0) {
            notes.add(hidden + " besoin(s) exprimé(s) de l'analyse des écarts portant sur moins de "
                    + control.threshold() + " personnes sont masqués.");
        }
        return new Table("ecarts-offre", "Écarts entre besoins et offre",
                "Places pour 1 000 habitants de la tranche d'âge cible, comparées aux médianes nationale et régionale.",
                List.of(Column.text("Catégorie"), Column.text("Public"), Column.number("Places"),
                        Column.number("Population cible"), Column.number("Places pour 1 000"),
                        Column.number("Médiane nationale"), Column.number("Médiane régionale"),
                        Column.number("Places manquantes pour atteindre la médiane"),
                        Column.number("Personnes en besoin exprimé"), Column.text("Zone blanche"),
                        Column.number("Priorité")),
                cells);
    }

    /** Categories with no place here nor in the medians are left out of the chart (the table still lists them). */
    static List<BarGroup> gapBars(List<GapRow> rows) {
        return rows.stream().sorted(Comparator.comparing(GapRow::category).thenComparing(GapRow::publicCode))
                .map(r -> new BarGroup(r.category(), r.placesPer1000(), r.nationalMedian(), r.regionalMedian()))
                .filter(g -> positive(g.territory()) || positive(g.national()) || positive(g.regional()))
                .toList();
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }

    private MapModel map(LakeReader reader, TerritoryRef territory, String period) {
        List<MapModel.Shade> shades = new ArrayList<>();
        for (DepartementValue value : reader.departementValues(period)) {
            boolean hidden = control.hides(value.persons());
            Double rate = hidden || value.population() == null || value.population() == 0 ? null
                    : value.persons() * 10_000.0 / value.population();
            shades.add(new MapModel.Shade(value.code(), value.name(), rate, hidden));
        }
        Set<String> highlighted = new LinkedHashSet<>(reader.departementsOf(territory));
        return new MapModel("Personnes concernées pour 10 000 habitants, par département (" + period + ")",
                "pour 10 000 habitants", shades, highlighted);
    }

    private static List<Verbatim> verbatims(List<Verbatim> all, Map<String, Boolean> hiddenCell) {
        List<Verbatim> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Verbatim v : all) {
            Boolean hidden = hiddenCell.get(v.publicCode() + "|" + v.needDomain());
            String text = VerbatimCheck.redact(v.text().strip());
            if (hidden != null && !hidden && seen.add(text)) {
                kept.add(new Verbatim(v.publicCode(), v.needDomain(), v.sourceGroup(), text));
                if (kept.size() == MAX_VERBATIMS) {
                    break;
                }
            }
        }
        return kept;
    }

    private Table coverageTable(List<CoverageRow> rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (CoverageRow row : rows) {
            boolean hide = control.hides(row.observations());
            cells.add(List.of(Cell.text(Labels.sourceGroup(row.sourceGroup())),
                    hide ? Cell.secret() : Cell.count(row.observations()), Cell.count(row.contributors()),
                    Cell.text(row.firstObserved() == null ? "" : row.firstObserved().toString()),
                    Cell.text(row.lastObserved() == null ? "" : row.lastObserved().toString())));
        }
        return new Table("couverture", "Couverture des données par groupe source",
                "Observations de la période dans le territoire, contributeurs distincts, dates extrêmes.",
                List.of(Column.text("Groupe source"), Column.number("Observations"), Column.number("Contributeurs"),
                        Column.text("Première observation"), Column.text("Dernière observation")),
                cells);
    }

    private Table dispersionTable(List<fr.observatoire.reports.data.DispersionRow> rows) {
        List<List<Cell>> cells = new ArrayList<>();
        for (var row : rows) {
            if (row.publicCode() != null && !scope.keepsPublic(row.publicCode())) {
                continue;
            }
            cells.add(List.of(Cell.text(row.category()), Cell.text(Labels.publicLabel(row.publicCode())),
                    Cell.number(row.departements(), 0), Cell.number(row.mean(), 2), Cell.number(row.stddev(), 2),
                    Cell.number(row.coefficientOfVariation(), 3)));
        }
        return new Table("dispersion-equipement", "Dispersion des taux d'équipement entre départements",
                "Moyenne non pondérée et écart-type des taux (places pour 1 000) des départements couverts; "
                        + "coefficient de variation = écart-type / moyenne.",
                List.of(Column.text("Catégorie"), Column.text("Public"), Column.number("Départements"),
                        Column.number("Moyenne"), Column.number("Écart-type"),
                        Column.number("Coefficient de variation")),
                cells);
    }

    /** The territory's quality figures, one indicator per row. */
    private static Table qualityTable(GenericRows quality) {
        List<List<Cell>> rows = new ArrayList<>();
        if (!quality.rows().isEmpty()) {
            List<Object> values = quality.rows().get(0);
            for (int i = 0; i < quality.columns().size(); i++) {
                String name = quality.columns().get(i);
                Object v = values.get(i);
                Cell cell;
                if (v instanceof Number n && (name.endsWith("_rate") || name.startsWith("completeness_"))) {
                    cell = Cell.number(n.doubleValue() * 100, 1);
                } else if (v instanceof Number n) {
                    boolean fraction = n instanceof Double || n instanceof Float
                            || n instanceof java.math.BigDecimal b && b.stripTrailingZeros().scale() > 0;
                    cell = Cell.number(n, fraction ? 2 : 0);
                } else if (v instanceof java.sql.Timestamp t) {
                    cell = Cell.text(t.toLocalDateTime().toLocalDate().toString());
                } else {
                    cell = Cell.text(v == null ? "" : v.toString());
                }
                rows.add(List.of(Cell.text(Labels.qualityIndicator(name)), cell));
            }
        }
        return new Table("qualite", "Qualité et fraîcheur des remontées du territoire",
                "Taux et complétudes en %; fraîcheur en jours depuis la dernière observation reçue.",
                List.of(Column.text("Indicateur"), Column.number("Valeur")), rows);
    }

    private static Table contributorTable(List<fr.observatoire.reports.data.ContributorStatus> statuses) {
        List<List<Cell>> rows = new ArrayList<>();
        for (var s : statuses) {
            rows.add(List.of(Cell.text(s.contributor()), Cell.text(Labels.sourceGroup(s.sourceGroup())),
                    Cell.text(Labels.reportingStatus(s.status())), Cell.text(s.lastPeriod()),
                    Cell.number(s.daysSinceLastBatch(), 0),
                    Cell.number(s.rejectRate() == null ? null : s.rejectRate() * 100, 1),
                    Cell.number(s.completenessPersons() == null ? null : s.completenessPersons() * 100, 1)));
        }
        return new Table("remontees-contributeurs", "Statut de remontée des contributeurs du territoire",
                "À jour, en retard ou silencieux selon la fréquence attendue; taux en %.",
                List.of(Column.text("Contributeur"), Column.text("Groupe source"), Column.text("Statut"),
                        Column.text("Dernière période"), Column.number("Jours depuis le dernier lot"),
                        Column.number("Taux de rejet (%)"), Column.number("Personnes renseignées (%)")),
                rows);
    }
}
