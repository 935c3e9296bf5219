package fr.observatoire.ingest.write;

/**
 * One optional (nullable) flat column of a row group being built: its definition levels (1 = a value, 0 = null) as
 * RLE runs and its min/max/null-count statistics; subclasses keep the values and encode them as pages.
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
    private final Bytes definitions = new Bytes(256);
    private boolean runValue;
    private int runLength;
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

    final void defined(boolean defined) {
        if (runLength > 0 && defined != runValue) {
            endRun();
        }
        runValue = defined;
        runLength++;
        rows++;
        if (!defined) {
            nulls++;
        }
    }

    private void endRun() {
        definitions.varint((long) runLength << 1);
        definitions.put(runValue ? 1 : 0);
        runLength = 0;
    }

    final int rows() {
        return rows;
    }

    final int nulls() {
        return nulls;
    }

    /**
     * Appends the data page body of a v1 page: the 4-byte length of the RLE definition levels, the levels, then the
     * values as {@link #writeValues} encodes them.
     */
    final void writeDataPage(Bytes page) {
        if (runLength > 0) {
            endRun();
        }
        page.intLE(definitions.size());
        page.put(definitions);
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
        definitions.clear();
        runLength = 0;
        rows = 0;
        nulls = 0;
    }
}
