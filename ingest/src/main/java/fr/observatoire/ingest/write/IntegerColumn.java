package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * A PLAIN-encoded integer column: INTEGER or DATE (days since 1970-01-01) as INT32, BIGINT or TIMESTAMP (microseconds
 * since 1970 in UTC, not adjusted) as INT64, annotated as DuckDB writes them.
 */
final class IntegerColumn extends ParquetColumn {

    /** The SQL type and how it is stored. */
    enum Kind {
        INTEGER(INT32, 17), DATE(INT32, 6), BIGINT(INT64, 18), TIMESTAMP(INT64, 10);

        final int physicalType;
        final int convertedType;

        Kind(int physicalType, int convertedType) {
            this.physicalType = physicalType;
            this.convertedType = convertedType;
        }

        int bytes() {
            return physicalType == INT32 ? 4 : 8;
        }
    }

    private final Kind kind;
    private long[] values = new long[1024];
    private int count;
    private long min;
    private long max;

    IntegerColumn(String name, Kind kind) {
        super(name);
        this.kind = kind;
    }

    @Override
    void append(ColumnBlock block, int from, int to) {
        IntegerBlock values = (IntegerBlock) block;
        int n = defined(values, from, to);
        if (count + n > this.values.length) {
            this.values = Arrays.copyOf(this.values, Math.max(this.values.length * 2, count + n));
        }
        boolean nulls = n < to - from;
        for (int row = from; row < to; row++) {
            if (nulls && !values.flags().present(row)) {
                continue;
            }
            long value = values.value(row);
            this.values[count++] = value;
            if (count == 1 || value < min) {
                min = value;
            }
            if (count == 1 || value > max) {
                max = value;
            }
        }
    }

    @Override
    int physicalType() {
        return kind.physicalType;
    }

    @Override
    void annotate(Thrift schema) {
        schema.i32(6, kind.convertedType);
        if (kind == Kind.TIMESTAMP) {
            // logicalType: TIMESTAMP(isAdjustedToUTC = false, unit = MICROS), as DuckDB writes its TIMESTAMP
            schema.struct(10).struct(8).bool(1, false).struct(2).struct(2).end().end().end().end();
        }
    }

    @Override
    int writeDictionary(Bytes page) {
        return -1;
    }

    @Override
    int valueEncoding() {
        return PLAIN;
    }

    @Override
    void writeValues(Bytes page) {
        if (kind.physicalType == INT32) {
            for (int i = 0; i < count; i++) {
                page.intLE((int) values[i]);
            }
        } else {
            for (int i = 0; i < count; i++) {
                page.longLE(values[i]);
            }
        }
    }

    @Override
    byte[] min() {
        return count == 0 ? null : littleEndian(min);
    }

    @Override
    byte[] max() {
        return count == 0 ? null : littleEndian(max);
    }

    private byte[] littleEndian(long v) {
        byte[] b = new byte[kind.bytes()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    @Override
    void clear() {
        super.clear();
        count = 0;
    }
}
