package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * A block of a {@link StringColumn}. A dictionary block keeps the rows' Strings: they are codes from the reference
 * and the vocabularies, the same instances row after row, so the writer finds them in the row group's dictionary
 * from their cached hash and by identity. A plain block (ids, free text) keeps the values already UTF-8 encoded as a
 * PLAIN page body (4-byte little-endian length, bytes), so the writer copies a range of rows in one call.
 */
final class StringBlock extends ColumnBlock {

    private final boolean dictionary;
    private String[] values = new String[256];
    // plain blocks: row i's length and bytes are plain[ends[i - 1], ends[i]) (empty for a null)
    private final Bytes plain = new Bytes(1024);
    private int[] ends = new int[256];
    private int minRow = -1;
    private int maxRow = -1;

    StringBlock(String name, boolean dictionary) {
        super(name);
        this.dictionary = dictionary;
    }

    boolean dictionary() {
        return dictionary;
    }

    void add(String value) {
        int row = rows();
        if (dictionary) {
            if (row == values.length) {
                values = Arrays.copyOf(values, row * 2);
            }
            values[row] = value;
        } else {
            if (row == ends.length) {
                ends = Arrays.copyOf(ends, row * 2);
            }
            if (value != null) { // encoded in place: twice as fast as String.getBytes on French text, no garbage
                plain.intLE(0);
                int at = plain.size();
                plain.intLE(at - 4, plain.utf8(value));
            }
            ends[row] = plain.size();
            if (value != null) {
                if (minRow < 0 || compare(row, minRow) < 0) {
                    minRow = row;
                }
                if (maxRow < 0 || compare(row, maxRow) > 0) {
                    maxRow = row;
                }
            }
        }
        present(value != null);
    }

    /** A dictionary block's value of the row (null for a null). */
    String value(int row) {
        return values[row];
    }

    // plain blocks

    byte[] plainBytes() {
        return plain.array();
    }

    /** Where the row's 4-byte length starts in {@link #plainBytes()}. */
    int plainStart(int row) {
        return row == 0 ? 0 : ends[row - 1];
    }

    /** Where the row's bytes end in {@link #plainBytes()}. */
    int plainEnd(int row) {
        return ends[row];
    }

    /** The row with the smallest value (unsigned bytes), or -1 when every row is null. */
    int minRow() {
        return minRow;
    }

    int maxRow() {
        return maxRow;
    }

    /** Compares two non-null rows' values as unsigned bytes. */
    int compare(int row, int other) {
        byte[] b = plain.array();
        return Arrays.compareUnsigned(b, plainStart(row) + 4, plainEnd(row), b, plainStart(other) + 4,
                plainEnd(other));
    }

    @Override
    void clear() {
        if (dictionary) {
            Arrays.fill(values, 0, rows(), null);
        }
        super.clear();
        plain.clear();
        minRow = -1;
        maxRow = -1;
    }

    @Override
    ParquetColumn newColumn() {
        return new StringColumn(name(), dictionary);
    }
}
