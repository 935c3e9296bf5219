package fr.observatoire.reports.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control over published counts linked by additive equations, for tables whose published totals are not
 * plain row and column margins (the themes of the texts: a theme's count is the sum of its actor groups, but the
 * groups' column sums are not published; a parent territory's count is the sum of its sub-territories').
 *
 * <p>Every count below the threshold is hidden (primary). An equation is a list of published counts whose signed sum
 * is known to be zero (a total and its parts): when exactly one of them is hidden it could be recovered, so the
 * smallest other non-zero count of the equation is hidden too (a zero one when no other exists), repeated to a
 * fixed point. Cells hidden because of an equation marked nested are {@link CellStatus#NESTED}, the others
 * {@link CellStatus#SECONDARY}. At the end no equation holds exactly one hidden count.
 */
public final class EquationProtection {

    /** A published count: which table (a territory), which row and which column. */
    public record Key(String area, String row, String column) {
    }

    /** Counts that add up: {@code members} with signs ±1; {@code nested} when they span territories. */
    public record Equation(List<Key> members, boolean nested) {

        public Equation {
            members = List.copyOf(members);
        }
    }

    private final DisclosureControl control;

    public EquationProtection(DisclosureControl control) {
        this.control = control;
    }

    /**
     * The status of every count of {@code values} (a key missing from {@code values} is a published zero: it
     * neither counts as hidden nor can be hidden).
     */
    public Map<Key, CellStatus> protect(Map<Key, Long> values, List<Equation> equations) {
        Map<Key, CellStatus> status = new LinkedHashMap<>();
        values.forEach((key, value) -> status.put(key, control.hides(value) ? CellStatus.PRIMARY : CellStatus.PUBLISHED));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation equation : equations) {
                int hidden = 0;
                Key best = null;
                for (Key member : equation.members()) {
                    CellStatus s = status.get(member);
                    if (s == null) {
                        continue;
                    }
                    if (s.hidden()) {
                        hidden++;
                    } else if (best == null || better(values.get(member), values.get(best))) {
                        best = member;
                    }
                }
                if (hidden == 1 && best != null) {
                    status.put(best, equation.nested() ? CellStatus.NESTED : CellStatus.SECONDARY);
                    changed = true;
                }
            }
        }
        return status;
    }

    /** Non-zero before zero, then smaller. */
    private static boolean better(long candidate, long current) {
        if ((candidate == 0) != (current == 0)) {
            return candidate != 0;
        }
        return candidate < current;
    }
}
