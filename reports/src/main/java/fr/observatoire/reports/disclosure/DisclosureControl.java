package fr.observatoire.reports.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for tables of counts of persons or observations.
 *
 * <p>Primary suppression hides every non-zero cell below the threshold (a zero reveals nobody). Secondary
 * suppression then hides, in every row or column that holds exactly one hidden cell, the smallest other cell
 * (non-zero cells first, preferring a cell whose other line already holds a hidden cell), and repeats until no
 * row or column holds exactly one hidden cell. A last pass gives back every secondary cell that is not needed,
 * largest first, so that nothing above the threshold is hidden beyond what protection requires.
 */
public final class DisclosureControl {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public DisclosureControl(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("disclosure threshold must be at least 1, got " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() { return threshold; }

    /** Whether a single count, published without any total, must be hidden. */
    public boolean hides(long count) {
        return count > 0 && count < threshold;
    }

    /** Protects a rectangular table of counts whose row and column totals are published. */
    public Suppression protect(long[][] values) {
        return protect(values, null);
    }

    /**
     * Same as {@link #protect(long[][])} with cells that must be hidden whatever their count ({@code forced}, may be
     * null): they are marked {@link CellStatus#NESTED} unless primary, count as hidden for secondary suppression, and
     * are never given back.
     */
    public Suppression protect(long[][] values, boolean[][] forced) {
        int rows = values.length;
        int columns = rows == 0 ? 0 : values[0].length;
        CellStatus[][] status = new CellStatus[rows][columns];
        for (int r = 0; r < rows; r++) {
            if (values[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " cells, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                status[r][c] = hides(values[r][c]) ? CellStatus.PRIMARY
                        : forced != null && forced[r][c] ? CellStatus.NESTED : CellStatus.PUBLISHED;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                if (hiddenInRow(status, r) == 1) {
                    int c = complementInRow(values, status, r);
                    if (c >= 0) {
                        status[r][c] = CellStatus.SECONDARY;
                        changed = true;
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                if (hiddenInColumn(status, c) == 1) {
                    int r = complementInColumn(values, status, c);
                    if (r >= 0) {
                        status[r][c] = CellStatus.SECONDARY;
                        changed = true;
                    }
                }
            }
        }
        giveBackUnneeded(values, status);
        return new Suppression(status, threshold);
    }

    private static void giveBackUnneeded(long[][] values, CellStatus[][] status) {
        List<int[]> secondary = new ArrayList<>();
        for (int r = 0; r < status.length; r++) {
            for (int c = 0; c < status[r].length; c++) {
                if (status[r][c] == CellStatus.SECONDARY) {
                    secondary.add(new int[] {r, c});
                }
            }
        }
        secondary.sort((a, b) -> Long.compare(values[b[0]][b[1]], values[a[0]][a[1]]));
        for (int[] cell : secondary) {
            status[cell[0]][cell[1]] = CellStatus.PUBLISHED;
            if (!safe(status)) {
                status[cell[0]][cell[1]] = CellStatus.SECONDARY;
            }
        }
    }

    /** True when no row and no column holds exactly one hidden cell. */
    public static boolean safe(CellStatus[][] status) {
        for (int r = 0; r < status.length; r++) {
            if (hiddenInRow(status, r) == 1) {
                return false;
            }
        }
        int columns = status.length == 0 ? 0 : status[0].length;
        for (int c = 0; c < columns; c++) {
            if (hiddenInColumn(status, c) == 1) {
                return false;
            }
        }
        return true;
    }

    private static int hiddenInRow(CellStatus[][] status, int r) {
        int n = 0;
        for (CellStatus s : status[r]) {
            n += s.hidden() ? 1 : 0;
        }
        return n;
    }

    private static int hiddenInColumn(CellStatus[][] status, int c) {
        int n = 0;
        for (CellStatus[] row : status) {
            n += row[c].hidden() ? 1 : 0;
        }
        return n;
    }

    private static int complementInRow(long[][] values, CellStatus[][] status, int r) {
        int best = -1;
        for (int c = 0; c < status[r].length; c++) {
            if (!status[r][c].hidden() && better(values[r][c], hiddenInColumn(status, c) > 0,
                    best < 0 ? null : values[r][best], best >= 0 && hiddenInColumn(status, best) > 0)) {
                best = c;
            }
        }
        return best;
    }

    private static int complementInColumn(long[][] values, CellStatus[][] status, int c) {
        int best = -1;
        for (int r = 0; r < status.length; r++) {
            if (!status[r][c].hidden() && better(values[r][c], hiddenInRow(status, r) > 0,
                    best < 0 ? null : values[best][c], best >= 0 && hiddenInRow(status, best) > 0)) {
                best = r;
            }
        }
        return best;
    }

    /** Non-zero before zero, then smaller, then a cell whose crossing line already holds a hidden cell. */
    private static boolean better(long candidate, boolean candidateCrossed, Long current, boolean currentCrossed) {
        if (current == null) {
            return true;
        }
        boolean candidateZero = candidate == 0;
        boolean currentZero = current == 0;
        if (candidateZero != currentZero) {
            return !candidateZero;
        }
        if (candidate != current) {
            return candidate < current;
        }
        return candidateCrossed && !currentCrossed;
    }
}
