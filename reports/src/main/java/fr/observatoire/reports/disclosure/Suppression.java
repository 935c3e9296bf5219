package fr.observatoire.reports.disclosure;

import java.util.Arrays;

/**
 * The outcome of disclosure control on a table of counts: one {@link CellStatus} per cell. Totals of rows and
 * columns are published as true totals; the pattern guarantees that no row or column holds exactly one hidden cell.
 */
public record Suppression(CellStatus[][] status, int threshold) {

    public CellStatus at(int row, int column) { return status[row][column]; }

    public boolean hidden(int row, int column) { return status[row][column].hidden(); }

    public int rows() { return status.length; }

    public int columns() { return status.length == 0 ? 0 : status[0].length; }

    /**
     * Whether the total of a row must be hidden too: only when the row holds exactly one hidden cell because no
     * other cell could be hidden with it (a row of one cell).
     */
    public boolean rowTotalHidden(int row) {
        return Arrays.stream(status[row]).filter(CellStatus::hidden).count() == 1;
    }

    /** Same as {@link #rowTotalHidden(int)} for a column. */
    public boolean columnTotalHidden(int column) {
        return Arrays.stream(status).filter(r -> r[column].hidden()).count() == 1;
    }

    public long count(CellStatus wanted) {
        return Arrays.stream(status).flatMap(Arrays::stream).filter(s -> s == wanted).count();
    }
}
