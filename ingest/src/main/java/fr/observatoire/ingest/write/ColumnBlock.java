package fr.observatoire.ingest.write;

/**
 * The values of one column for a block of consecutive rows, filled by the thread that validated them and appended
 * later, in input order, to the matching {@link ParquetColumn} of the row group being written. Filling a block is
 * where the per-row work goes (encoding, dictionary look-ups), so that the single writer thread only copies.
 */
abstract class ColumnBlock {

    private final String name;
    private final NullFlags flags = new NullFlags(256);

    ColumnBlock(String name) {
        this.name = name;
    }

    final String name() {
        return name;
    }

    /** Records whether the next row has a value. */
    final void present(boolean value) {
        flags.add(value);
    }

    final int rows() {
        return flags.rows();
    }

    /** Which of the block's rows have a value. */
    final NullFlags flags() {
        return flags;
    }

    /** Empties the block, keeping its arrays. */
    void clear() {
        flags.clear();
    }

    /** An empty row-group column of the same name and type, to which this kind of block appends. */
    abstract ParquetColumn newColumn();
}
