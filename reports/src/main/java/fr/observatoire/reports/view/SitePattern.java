package fr.observatoire.reports.view;

import fr.observatoire.reports.data.LakeDataset;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.NeedCell;
import fr.observatoire.reports.data.TerritoryLink;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.data.ThemeCell;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.disclosure.NestedProtection;
import fr.observatoire.reports.disclosure.NestedProtection.Area;
import fr.observatoire.reports.disclosure.NestedProtection.Result;
import fr.observatoire.vocabulary.ActorGroup;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suppression pattern of every territory of a period, computed once for the whole lake so that no count hidden
 * in one fiche can be recovered from the fiches of nested territories ({@link NestedProtection}): the needs table
 * (public × domain, persons and observations) and the themes table (theme × actor group). A fiche then protects its
 * own table with the cells this pattern forces; without a scope, it finds the same pattern again.
 */
final class SitePattern {

    private static final List<String> GROUP_CODES = java.util.Arrays.stream(ActorGroup.values())
            .map(ActorGroup::code).toList();

    private final Map<String, Area> needAreas;
    private final Map<String, Result> needs;
    private final Map<String, Area> themeAreas;
    private final Map<String, Result> themes;

    private SitePattern(Map<String, Area> needAreas, Map<String, Result> needs, Map<String, Area> themeAreas,
            Map<String, Result> themes) {
        this.needAreas = needAreas;
        this.needs = needs;
        this.themeAreas = themeAreas;
        this.themes = themes;
    }

    static SitePattern compute(LakeReader reader, String period, DisclosureControl control) {
        Map<String, List<NeedCell>> needCells = new LinkedHashMap<>();
        for (NeedCell cell : reader.needCells(period)) {
            needCells.computeIfAbsent(key(cell.level(), cell.code()), k -> new ArrayList<>()).add(cell);
        }
        Map<String, Area> needAreas = new LinkedHashMap<>();
        needCells.forEach((id, cells) -> needAreas.put(id, needArea(id, cells)));

        Map<String, List<ThemeCell>> themeCells = new LinkedHashMap<>();
        if (reader.available(LakeDataset.THEME_COUNTS)) {
            for (ThemeCell cell : reader.themeCells(period)) {
                themeCells.computeIfAbsent(key(cell.level(), cell.code()), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<String, Area> themeAreas = new LinkedHashMap<>();
        themeCells.forEach((id, cells) -> themeAreas.put(id, new Area(id, cells.stream().map(ThemeCell::theme).toList(),
                GROUP_CODES, cells.stream().map(ThemeCell::byActorGroup).toArray(long[][]::new))));

        String france = reader.territories().stream().filter(t -> t.level().equals("france")).map(TerritoryRef::code)
                .findFirst().orElse("FR");
        List<List<String>> equations = equations(reader.territoryLinks(france));
        NestedProtection nested = new NestedProtection(control);
        return new SitePattern(needAreas, nested.protect(needAreas, equations), themeAreas,
                nested.protect(themeAreas, equations));
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

    /** Same as {@link #needsForced} for the themes table, as theme code → actor group codes. */
    Map<String, Set<String>> themesForced(TerritoryRef territory, boolean all) {
        Area area = themeAreas.get(key(territory.level(), territory.code()));
        Result result = themes.get(key(territory.level(), territory.code()));
        Map<String, Set<String>> forced = new HashMap<>();
        if (area == null) {
            return forced;
        }
        for (int r = 0; r < area.rows().size(); r++) {
            for (int c = 0; c < area.columns().size(); c++) {
                if (result.forced()[r][c] || all && result.suppression().hidden(r, c)) {
                    forced.computeIfAbsent(area.rows().get(r), k -> new HashSet<>()).add(area.columns().get(c));
                }
            }
        }
        return forced;
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
