package fr.observatoire.reports.view;

import fr.observatoire.reports.data.LakeDataset;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.NeedCell;
import fr.observatoire.reports.data.TerritoryLink;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.data.ThemeCell;
import fr.observatoire.reports.disclosure.CellStatus;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.disclosure.EquationProtection;
import fr.observatoire.reports.disclosure.EquationProtection.Equation;
import fr.observatoire.reports.disclosure.EquationProtection.Key;
import fr.observatoire.reports.disclosure.NestedProtection;
import fr.observatoire.reports.disclosure.NestedProtection.Area;
import fr.observatoire.reports.disclosure.NestedProtection.Result;
import fr.observatoire.vocabulary.ActorGroup;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suppression pattern of every territory of a period, computed once for the whole lake so that no count hidden
 * in one fiche can be recovered from the fiches of nested territories ({@link NestedProtection}): the needs table
 * (public × domain, persons and observations: {@link NestedProtection}; a fiche then protects its own table with the
 * cells this pattern forces and, without a scope, finds the same pattern again) and the themes table (theme × actor
 * group and the theme's count: {@link EquationProtection}, used by the fiche as it is).
 */
final class SitePattern {

    /** Columns of a theme: the actor groups, then the theme's own count. */
    static final List<String> THEME_COLUMNS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(ActorGroup.values()).map(ActorGroup::code), java.util.stream.Stream.of("observations"))
            .toList();

    private final Map<String, Area> needAreas;
    private final Map<String, Result> needs;
    /** Per territory key, per theme: the status of its actor group counts then of its own count. */
    private final Map<String, Map<String, CellStatus[]>> themes;

    private SitePattern(Map<String, Area> needAreas, Map<String, Result> needs,
            Map<String, Map<String, CellStatus[]>> themes) {
        this.needAreas = needAreas;
        this.needs = needs;
        this.themes = themes;
    }

    static SitePattern compute(LakeReader reader, String period, DisclosureControl control) {
        Map<String, List<NeedCell>> needCells = new LinkedHashMap<>();
        for (NeedCell cell : reader.needCells(period)) {
            needCells.computeIfAbsent(key(cell.level(), cell.code()), k -> new ArrayList<>()).add(cell);
        }
        Map<String, Area> needAreas = new LinkedHashMap<>();
        needCells.forEach((id, cells) -> needAreas.put(id, needArea(id, cells)));

        List<ThemeCell> themeCells = reader.available(LakeDataset.THEME_COUNTS) ? reader.themeCells(period) : List.of();
        String france = reader.territories().stream().filter(t -> t.level().equals("france")).map(TerritoryRef::code)
                .findFirst().orElse("FR");
        List<List<String>> equations = equations(reader.territoryLinks(france));
        return new SitePattern(needAreas, new NestedProtection(control).protect(needAreas, equations),
                themes(themeCells, equations, control));
    }

    /**
     * Theme counts: per territory and theme, the four actor group counts and the theme's count (their sum, published
     * beside them); each also adds up from sub-territories to their parent. Column sums are not published.
     */
    private static Map<String, Map<String, CellStatus[]>> themes(List<ThemeCell> cells, List<List<String>> nesting,
            DisclosureControl control) {
        Map<Key, Long> values = new LinkedHashMap<>();
        Map<String, Set<String>> themesOf = new LinkedHashMap<>();
        List<Equation> equations = new ArrayList<>();
        for (ThemeCell cell : cells) {
            String area = key(cell.level(), cell.code());
            themesOf.computeIfAbsent(area, k -> new java.util.LinkedHashSet<>()).add(cell.theme());
            List<Key> row = new ArrayList<>();
            long[] groups = cell.byActorGroup();
            for (int g = 0; g < groups.length; g++) {
                Key k = new Key(area, cell.theme(), THEME_COLUMNS.get(g));
                values.put(k, groups[g]);
                row.add(k);
            }
            Key total = new Key(area, cell.theme(), THEME_COLUMNS.get(groups.length));
            values.put(total, cell.observations());
            row.add(total);
            equations.add(new Equation(row, false));
        }
        for (List<String> members : nesting) {
            Set<String> themes = new java.util.LinkedHashSet<>();
            members.forEach(m -> themes.addAll(themesOf.getOrDefault(m, Set.of())));
            for (String theme : themes) {
                for (String column : THEME_COLUMNS) {
                    equations.add(new Equation(members.stream()
                            .filter(m -> themesOf.getOrDefault(m, Set.of()).contains(theme))
                            .map(m -> new Key(m, theme, column)).toList(), true));
                }
            }
        }
        Map<Key, CellStatus> status = new EquationProtection(control).protect(values, equations);
        Map<String, Map<String, CellStatus[]>> byArea = new HashMap<>();
        status.forEach((k, s) -> byArea.computeIfAbsent(k.area(), a -> new HashMap<>())
                .computeIfAbsent(k.row(), t -> new CellStatus[THEME_COLUMNS.size()])[THEME_COLUMNS.indexOf(k.column())] = s);
        return byArea;
    }

    /** One equation per parent and level of its children: the parent first, then the children. */
    static List<List<String>> equations(List<TerritoryLink> links) {
        Map<String, List<String>> byParent = new LinkedHashMap<>();
        for (TerritoryLink link : links) {
            if (link.parentCode() == null || link.childCode() == null) {
                continue;
            }
            String parent = key(link.parentLevel(), link.parentCode());
            byParent.computeIfAbsent(parent + "\u0000" + link.childLevel(), k -> {
                List<String> members = new ArrayList<>();
                members.add(parent);
                return members;
            }).add(key(link.childLevel(), link.childCode()));
        }
        return List.copyOf(byParent.values());
    }

    private static Area needArea(String id, List<NeedCell> cells) {
        List<String> publics = FicheBuilder.ordered(cells.stream().map(NeedCell::publicCode).toList(), Public.values());
        List<String> domains = FicheBuilder.ordered(cells.stream().map(NeedCell::needDomain).toList(),
                NeedDomain.values());
        long[][] values = new long[publics.size()][domains.size()];
        for (NeedCell cell : cells) {
            values[publics.indexOf(cell.publicCode())][domains.indexOf(cell.needDomain())] =
                    FicheBuilder.protectedCount(cell.persons(), cell.observations());
        }
        return new Area(id, publics, domains, values);
    }

    static String key(String level, String code) {
        return level + "|" + code;
    }

    /**
     * Cells of a territory's needs table that must be hidden: those forced across territories or, for a table
     * restricted by a scope ({@code all} true), every cell hidden in the territory's full table.
     */
    boolean[][] needsForced(TerritoryRef territory, List<String> publics, List<String> domains, boolean all) {
        return forced(needAreas.get(key(territory.level(), territory.code())),
                needs.get(key(territory.level(), territory.code())), publics, domains, all);
    }

    /**
     * The status of each theme of a territory: its four actor group counts ({@link ActorGroup} order), then its own
     * count; empty when the territory has no themes.
     */
    Map<String, CellStatus[]> themeStatus(TerritoryRef territory) {
        return themes.getOrDefault(key(territory.level(), territory.code()), Map.of());
    }

    private static boolean[][] forced(Area area, Result result, List<String> rows, List<String> columns, boolean all) {
        boolean[][] forced = new boolean[rows.size()][columns.size()];
        if (area == null) {
            return forced;
        }
        for (int r = 0; r < rows.size(); r++) {
            int ar = area.rows().indexOf(rows.get(r));
            for (int c = 0; c < columns.size(); c++) {
                int ac = area.columns().indexOf(columns.get(c));
                forced[r][c] = ar >= 0 && ac >= 0
                        && (result.forced()[ar][ac] || all && result.suppression().hidden(ar, ac));
            }
        }
        return forced;
    }
}
