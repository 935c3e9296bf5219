package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * The values of one column for a block of consecutive rows, filled by the thread that validated them and appended
 * later, in input order, to the matching {@link ParquetColumn} of the row group being written. Filling a block is
 * where the per-row work goes (encoding, dictionary look-ups), so that the single writer thread only copies.
 */
abstract class ColumnBlock {

    private final String name;
    private boolean[] present = new boolean[256];
    private int rows;
    private int nulls;

    ColumnBlock(String name) {
        this.name = name;
    }

    final String name() {
        return name;
    }

    /** Records whether the next row has a value. */
    final void present(boolean value) {
        if (rows == present.length) {
            present = Arrays.copyOf(present, rows * 2);
        }
        present[rows++] = value;
        if (!value) {
            nulls++;
        }
    }

    final int rows() {
        return rows;
    }

    final boolean present(int row) {
        return present[row];
    }

    /** Nulls among rows {@code [from, to)}. */
    final int nulls(int from, int to) {
        if (nulls == 0) {
            return 0;
        }
        if (from == 0 && to == rows) {
            return nulls;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!present[i]) {
                n++;
            }
        }
        return n;
    }

    /** Copies whether rows {@code [from, to)} have a value into {@code target} from {@code at}. */
    final void definitions(int from, int to, boolean[] target, int at) {
        System.arraycopy(present, from, target, at, to - from);
    }

    /** Empties the block, keeping its arrays. */
    void clear() {
        rows = 0;
        nulls = 0;
    }

    /** An empty row-group column of the same name and type, to which this kind of block appends. */
    abstract ParquetColumn newColumn();
}
