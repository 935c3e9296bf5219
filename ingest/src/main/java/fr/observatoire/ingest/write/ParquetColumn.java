package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * One optional (nullable) flat column of a row group being built: whether each row has a value and the null count;
 * subclasses keep the values and their min/max statistics, and encode them as pages.
 */
abstract class ParquetColumn {

    /** Parquet physical types. */
    static final int INT32 = 1;
    static final int INT64 = 2;
    static final int BYTE_ARRAY = 6;

    /** Parquet encodings. */
    static final int PLAIN = 0;
    static final int PLAIN_DICTIONARY = 2;
    static final int RLE = 3;

    private final String name;
    private boolean[] defined = new boolean[1024];
    private int rows;
    private int nulls;

    ParquetColumn(String name) {
        this.name = name;
    }

    final String name() {
        return name;
    }

    abstract int physicalType();

    /** Writes the schema element's type annotations (converted type, logical type) after its name. */
    abstract void annotate(Thrift schema);

    /** Appends rows {@code [from, to)} of a block of this column's kind. */
    abstract void append(ColumnBlock block, int from, int to);

    /** Records the definitions of {@code block}'s rows {@code [from, to)}; returns how many have a value. */
    final int defined(ColumnBlock block, int from, int to) {
        int n = to - from;
        if (rows + n > defined.length) {
            defined = Arrays.copyOf(defined, Math.max(defined.length * 2, rows + n));
        }
        int blockNulls = block.nulls(from, to);
        if (blockNulls == 0) {
            Arrays.fill(defined, rows, rows + n, true);
        } else {
            block.definitions(from, to, defined, rows);
        }
        rows += n;
        nulls += blockNulls;
        return n - blockNulls;
    }

    final int rows() {
        return rows;
    }

    final int nulls() {
        return nulls;
    }

    /**
     * Appends the data page body of a v1 page: the 4-byte length of the RLE definition levels (1 = a value, 0 =
     * null, as runs), the levels, then the values as {@link #writeValues} encodes them.
     */
    final void writeDataPage(Bytes page) {
        int lengthAt = page.size();
        page.intLE(0);
        int start = page.size();
        for (int i = 0; i < rows; ) {
            boolean value = defined[i];
            int end = i + 1;
            while (end < rows && defined[end] == value) {
                end++;
            }
            page.varint((long) (end - i) << 1);
            page.put(value ? 1 : 0);
            i = end;
        }
        page.intLE(lengthAt, page.size() - start);
        writeValues(page);
    }

    /** Writes the dictionary page's PLAIN values and returns their count, or returns -1 for no dictionary. */
    abstract int writeDictionary(Bytes page);

    /** The encoding of the data page's values: {@link #PLAIN} or {@link #PLAIN_DICTIONARY}. */
    abstract int valueEncoding();

    abstract void writeValues(Bytes page);

    /** Min and max as Parquet statistics bytes, or null when every row is null. */
    abstract byte[] min();

    abstract byte[] max();

    /** Empties the column for the next row group. */
    void clear() {
        rows = 0;
        nulls = 0;
    }
}
