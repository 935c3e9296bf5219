package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * Whether each row of a column has a value (false: a null), and how many are null: kept by a column's blocks as they
 * are filled, and by the row group's column they are appended to, which writes them as Parquet definition levels.
 */
final class NullFlags {

    private boolean[] present;
    private int rows;
    private int nulls;

    NullFlags(int capacity) {
        this.present = new boolean[capacity];
    }

    /** Records whether the next row has a value. */
    void add(boolean value) {
        if (rows == present.length) {
            present = Arrays.copyOf(present, rows * 2);
        }
        present[rows++] = value;
        if (!value) {
            nulls++;
        }
    }

    /** Appends {@code other}'s rows {@code [from, to)}; returns how many of them have a value. */
    int append(NullFlags other, int from, int to) {
        int n = to - from;
        if (rows + n > present.length) {
            present = Arrays.copyOf(present, Math.max(present.length * 2, rows + n));
        }
        int otherNulls = other.nulls(from, to);
        if (otherNulls == 0) {
            Arrays.fill(present, rows, rows + n, true);
        } else {
            System.arraycopy(other.present, from, present, rows, n);
        }
        rows += n;
        nulls += otherNulls;
        return n - otherNulls;
    }

    int rows() {
        return rows;
    }

    int nulls() {
        return nulls;
    }

    boolean present(int row) {
        return present[row];
    }

    /** Nulls among rows {@code [from, to)}. */
    int nulls(int from, int to) {
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

    /**
     * Writes the rows as v1 data page definition levels: their byte length (4 bytes, little-endian), then RLE runs of
     * 1 (a value) and 0 (a null).
     */
    void writeLevels(Bytes page) {
        int lengthAt = page.size();
        page.intLE(0);
        int start = page.size();
        for (int i = 0; i < rows; ) {
            boolean value = present[i];
            int end = i + 1;
            while (end < rows && present[end] == value) {
                end++;
            }
            page.varint((long) (end - i) << 1);
            page.put(value ? 1 : 0);
            i = end;
        }
        page.intLE(lengthAt, page.size() - start);
    }

    /** Forgets the rows, keeping the array. */
    void clear() {
        rows = 0;
        nulls = 0;
    }
}
