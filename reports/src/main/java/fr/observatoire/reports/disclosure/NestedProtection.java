package fr.observatoire.reports.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Disclosure control across nested territories, for counts that add up from sub-territories to their parent (needs
 * by public × domain, themes by actor group).
 *
 * <p>Each territory publishes one table ({@link Area}); {@link DisclosureControl} protects it within itself. Tables
 * are linked by <em>equations</em>: a list of territories whose counts of the same cell add up with signs ±1 (a
 * parent and its sub-territories: the parent equals the sum of its children, plus observations placed at no finer
 * level, which a reader is assumed to know). A cell can be recovered from an equation when exactly one of its
 * members is hidden for that cell. Protection repeats, to a fixed point: protect every table (cells forced by earlier
 * rounds stay hidden), then, for every equation and cell with exactly one hidden member, force the smallest other
 * non-zero published member of the equation (a sub-territory before its parent, which is larger), or any published
 * member holding the cell when all others are zero. Hidden cells only grow, so the loop ends; at the end no table has
 * a row or column with exactly one hidden cell and no equation has exactly one hidden member for any cell.
 */
public final class NestedProtection {

    /** One territory's table: row and column keys and its counts (the same keys link cells across tables). */
    public record Area(String id, List<String> rows, List<String> columns, long[][] values) {

        public Area {
            Objects.requireNonNull(id, "id");
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            if (values.length != rows.size()) {
                throw new IllegalArgumentException("area " + id + ": " + values.length + " rows of values for "
                        + rows.size() + " row keys");
            }
        }

        int row(String key) { return rows.indexOf(key); }

        int column(String key) { return columns.indexOf(key); }
    }

    private final DisclosureControl control;

    public NestedProtection(DisclosureControl control) {
        this.control = control;
    }

    /**
     * Protects every area, with {@code equations} linking them (ids of areas absent from {@code areas} are left
     * out: a territory without a table publishes zeros). Returns, per area id, the final suppression pattern; the
     * same pattern is obtained again by {@code control.protect(area.values(), forced(...))}.
     */
    public Map<String, Result> protect(Map<String, Area> areas, List<List<String>> equations) {
        Map<String, boolean[][]> forced = new HashMap<>();
        for (Area area : areas.values()) {
            forced.put(area.id(), new boolean[area.rows().size()][area.columns().size()]);
        }
        List<List<Area>> linked = new ArrayList<>();
        for (List<String> equation : equations) {
            List<Area> members = new ArrayList<>(new LinkedHashSet<>(equation)).stream()
                    .map(areas::get).filter(Objects::nonNull).toList();
            if (members.size() >= 2) {
                linked.add(members);
            }
        }
        Map<String, Suppression> current = new LinkedHashMap<>();
        Set<String> dirty = new LinkedHashSet<>(areas.keySet());
        int rounds = 0;
        boolean changed = true;
        while (changed) {
            rounds++;
            changed = false;
            for (String id : dirty) {
                Area area = areas.get(id);
                current.put(id, control.protect(area.values(), forced.get(id)));
            }
            dirty.clear();
            for (List<Area> members : linked) {
                Set<String> cells = new LinkedHashSet<>();
                for (Area member : members) {
                    for (String row : member.rows()) {
                        for (String column : member.columns()) {
                            cells.add(row + "\u0000" + column);
                        }
                    }
                }
                for (String cell : cells) {
                    int split = cell.indexOf('\u0000');
                    String rowKey = cell.substring(0, split);
                    String columnKey = cell.substring(split + 1);
                    String forcedArea = forceOne(members, rowKey, columnKey, current, forced);
                    if (forcedArea != null) {
                        dirty.add(forcedArea);
                        changed = true;
                    }
                }
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (Area area : areas.values()) {
            results.put(area.id(), new Result(current.get(area.id()), forced.get(area.id()), rounds));
        }
        return results;
    }

    /** When exactly one member hides the cell, forces another member to hide it too; returns that member's id. */
    private static String forceOne(List<Area> members, String rowKey, String columnKey,
            Map<String, Suppression> current, Map<String, boolean[][]> forced) {
        int hidden = 0;
        for (Area member : members) {
            int r = member.row(rowKey);
            int c = member.column(columnKey);
            if (r >= 0 && c >= 0 && current.get(member.id()).hidden(r, c)) {
                hidden++;
            }
        }
        if (hidden != 1) {
            return null;
        }
        Area best = null;
        long bestValue = 0;
        for (Area member : members) {
            int r = member.row(rowKey);
            int c = member.column(columnKey);
            if (r < 0 || c < 0 || current.get(member.id()).hidden(r, c)) {
                continue;
            }
            long value = member.values()[r][c];
            boolean better = best == null || (value != 0 && (bestValue == 0 || value < bestValue));
            if (better) {
                best = member;
                bestValue = value;
            }
        }
        if (best == null) {
            return null;
        }
        forced.get(best.id())[best.row(rowKey)][best.column(columnKey)] = true;
        return best.id();
    }

    /** The pattern of one area: its suppression, the cells forced by nesting, and how many rounds the site took. */
    public record Result(Suppression suppression, boolean[][] forced, int rounds) {
    }
}
