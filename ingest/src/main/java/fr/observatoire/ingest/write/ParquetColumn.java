package fr.observatoire.ingest.write;

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
    private final NullFlags flags = new NullFlags(1024);

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

    /** Records which of {@code block}'s rows {@code [from, to)} have a value; returns how many have one. */
    final int defined(ColumnBlock block, int from, int to) {
        return flags.append(block.flags(), from, to);
    }

    final int rows() {
        return flags.rows();
    }

    final int nulls() {
        return flags.nulls();
    }

    /**
     * Appends the data page body of a v1 page: the RLE definition levels with their length, then the values as
     * {@link #writeValues} encodes them.
     */
    final void writeDataPage(Bytes page) {
        flags.writeLevels(page);
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
        flags.clear();
    }
}
