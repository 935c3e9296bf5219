package fr.observatoire.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl(5);

    @Test
    void hidesSmallCountsAndASecondCellInTheirRowAndColumn() {
        long[][] values = {
                {3, 40, 12},
                {25, 30, 7},
                {9, 11, 50}};
        Suppression s = control.protect(values);
        assertThat(s.at(0, 0)).isEqualTo(CellStatus.PRIMARY);
        assertThat(s.count(CellStatus.PRIMARY)).isEqualTo(1);
        assertThat(DisclosureControl.safe(s.status())).isTrue();
        // row 0: smallest other cell is 12; column 0: smallest other cell is 9
        assertThat(s.at(0, 2)).isEqualTo(CellStatus.SECONDARY);
        assertThat(s.at(2, 0)).isEqualTo(CellStatus.SECONDARY);
    }

    @Test
    void zeroIsNeverAPrimaryCell() {
        Suppression s = control.protect(new long[][] {{0, 10}, {10, 0}});
        assertThat(s.count(CellStatus.PRIMARY) + s.count(CellStatus.SECONDARY)).isZero();
    }

    @Test
    void theThresholdIsConfigurable() {
        long[][] values = {{6, 8}, {20, 30}};
        assertThat(new DisclosureControl(5).protect(values).count(CellStatus.PRIMARY)).isZero();
        assertThat(new DisclosureControl(10).protect(values).count(CellStatus.PRIMARY)).isEqualTo(2);
    }

    @Test
    void aLoneCellThatCannotBeProtectedHidesItsTotal() {
        Suppression s = control.protect(new long[][] {{2}, {40}});
        assertThat(s.rowTotalHidden(0)).isTrue();
        assertThat(s.hidden(1, 0)).isTrue();
        assertThat(s.columnTotalHidden(0)).isFalse();
    }

    @Test
    void noSuppressedCellCanBeDerivedFromPublishedCellsAndTotalsOnSeededRandomTables() {
        Random random = new Random(20261123L);
        for (int trial = 0; trial < 500; trial++) {
            int rows = 2 + random.nextInt(8);
            int columns = 2 + random.nextInt(12);
            long[][] values = randomTable(random, rows, columns);
            Suppression s = control.protect(values);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (s.hidden(r, c)) {
                        assertThat(hiddenInRow(s, r)).as("trial %d row %d", trial, r).isGreaterThanOrEqualTo(2);
                        assertThat(hiddenInColumn(s, c)).as("trial %d column %d", trial, c).isGreaterThanOrEqualTo(2);
                        assertThat(recoverableFromRow(values, s, r, c) || recoverableFromColumn(values, s, r, c))
                                .as("trial %d cell %d,%d", trial, r, c).isFalse();
                    }
                    boolean small = values[r][c] > 0 && values[r][c] < 5;
                    assertThat(s.at(r, c) == CellStatus.PRIMARY).isEqualTo(small);
                }
            }
        }
    }

    @Test
    void nothingAboveTheThresholdIsHiddenBeyondWhatProtectionNeeds() {
        Random random = new Random(42L);
        for (int trial = 0; trial < 500; trial++) {
            long[][] values = randomTable(random, 2 + random.nextInt(8), 2 + random.nextInt(12));
            Suppression s = control.protect(values);
            CellStatus[][] status = s.status();
            for (int r = 0; r < s.rows(); r++) {
                for (int c = 0; c < s.columns(); c++) {
                    if (status[r][c] == CellStatus.SECONDARY) {
                        status[r][c] = CellStatus.PUBLISHED;
                        assertThat(DisclosureControl.safe(status))
                                .as("trial %d: secondary cell %d,%d was not needed", trial, r, c).isFalse();
                        status[r][c] = CellStatus.SECONDARY;
                    }
                }
            }
            long[][] large = new long[s.rows()][s.columns()];
            for (long[] row : large) {
                java.util.Arrays.fill(row, 5 + random.nextInt(100));
            }
            Suppression none = control.protect(large);
            assertThat(none.count(CellStatus.PRIMARY) + none.count(CellStatus.SECONDARY)).isZero();
        }
    }

    private static long[][] randomTable(Random random, int rows, int columns) {
        long[][] values = new long[rows][columns];
        for (long[] row : values) {
            for (int c = 0; c < columns; c++) {
                int draw = random.nextInt(10);
                row[c] = draw < 2 ? 0 : draw < 4 ? 1 + random.nextInt(4) : 5 + random.nextInt(200);
            }
        }
        return values;
    }

    /** A hidden cell is recoverable from its row when it is the only hidden cell of the row (total minus the rest). */
    private static boolean recoverableFromRow(long[][] values, Suppression s, int r, int c) {
        long total = 0;
        long published = 0;
        for (int j = 0; j < values[r].length; j++) {
            total += values[r][j];
            published += s.hidden(r, j) ? 0 : values[r][j];
        }
        return hiddenInRow(s, r) == 1 && total - published == values[r][c];
    }

    private static boolean recoverableFromColumn(long[][] values, Suppression s, int r, int c) {
        long total = 0;
        long published = 0;
        for (int i = 0; i < values.length; i++) {
            total += values[i][c];
            published += s.hidden(i, c) ? 0 : values[i][c];
        }
        return hiddenInColumn(s, c) == 1 && total - published == values[r][c];
    }

    private static int hiddenInRow(Suppression s, int r) {
        int n = 0;
        for (int c = 0; c < s.columns(); c++) {
            n += s.hidden(r, c) ? 1 : 0;
        }
        return n;
    }

    private static int hiddenInColumn(Suppression s, int c) {
        int n = 0;
        for (int r = 0; r < s.rows(); r++) {
            n += s.hidden(r, c) ? 1 : 0;
        }
        return n;
    }
}
