package fr.observatoire.ingest.write;

import java.util.Arrays;

/** An INT32 column (INTEGER, or DATE as days since 1970-01-01), PLAIN encoded. */
final class IntColumn extends ParquetColumn {

    private static final int CONVERTED_DATE = 6;
    private static final int CONVERTED_INT_32 = 17;

    private final boolean date;
    private int[] values = new int[1024];
    private int count;
    private int min;
    private int max;

    private IntColumn(String name, boolean date) {
        super(name);
        this.date = date;
    }

    static IntColumn integer(String name) {
        return new IntColumn(name, false);
    }

    static IntColumn date(String name) {
        return new IntColumn(name, true);
    }

    void add(int value) {
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

    void add(Integer value) {
        if (value == null) {
            defined(false);
        } else {
            add(value.intValue());
        }
    }

    @Override
    int physicalType() {
        return INT32;
    }

    @Override
    void annotate(Thrift schema) {
        schema.i32(6, date ? CONVERTED_DATE : CONVERTED_INT_32);
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
            page.intLE(values[i]);
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

    private static byte[] le(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    @Override
    void clear() {
        super.clear();
        count = 0;
    }
}
