package fr.observatoire.ingest.write;

import java.util.Arrays;

/** A block of an {@link IntegerColumn}: one value per row (0 for a null). */
final class IntegerBlock extends ColumnBlock {

    private final IntegerColumn.Kind kind;
    private long[] values = new long[256];

    IntegerBlock(String name, IntegerColumn.Kind kind) {
        super(name);
        this.kind = kind;
    }

    void add(long value) {
        int row = rows();
        if (row == values.length) {
            values = Arrays.copyOf(values, row * 2);
        }
        values[row] = value;
        present(true);
    }

    /** Adds a value, or a null. */
    void add(Integer value) {
        if (value == null) {
            int row = rows();
            if (row == values.length) {
                values = Arrays.copyOf(values, row * 2);
            }
            values[row] = 0;
            present(false);
        } else {
            add(value.longValue());
        }
    }

    long value(int row) {
        return values[row];
    }

    @Override
    ParquetColumn newColumn() {
        return new IntegerColumn(name(), kind);
    }
}
