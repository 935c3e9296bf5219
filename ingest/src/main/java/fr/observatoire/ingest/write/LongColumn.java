package fr.observatoire.ingest.write;

import java.util.Arrays;

/** An INT64 column (BIGINT, or TIMESTAMP as microseconds since 1970 in UTC, not adjusted), PLAIN encoded. */
final class LongColumn extends ParquetColumn {

    private static final int CONVERTED_TIMESTAMP_MICROS = 10;
    private static final int CONVERTED_INT_64 = 18;

    private final boolean timestamp;
    private long[] values = new long[1024];
    private int count;
    private long min;
    private long max;

    private LongColumn(String name, boolean timestamp) {
        super(name);
        this.timestamp = timestamp;
    }

    static LongColumn bigint(String name) {
        return new LongColumn(name, false);
    }

    static LongColumn timestamp(String name) {
        return new LongColumn(name, true);
    }

    void add(long value) {
        defined(true);
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = value;
        if (count == 1 || value < min) {
            min = value;
        }
        if (count == 1 || value > max) {
            max = value;
        }
    }

    @Override
    int physicalType() {
        return INT64;
    }

    @Override
    void annotate(Thrift schema) {
        schema.i32(6, timestamp ? CONVERTED_TIMESTAMP_MICROS : CONVERTED_INT_64);
        if (timestamp) {
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
        for (int i = 0; i < count; i++) {
            page.longLE(values[i]);
        }
    }

    @Override
    byte[] min() {
        return count == 0 ? null : le(min);
    }

    @Override
    byte[] max() {
        return count == 0 ? null : le(max);
    }

    private static byte[] le(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
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
