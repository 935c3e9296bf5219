package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * A VARCHAR column (BYTE_ARRAY, UTF8). Dictionary encoded while its row group has few distinct values; when the
 * dictionary outgrows {@link #MAX_ENTRIES} or {@link #MAX_DICTIONARY_BYTES} the row group falls back to PLAIN, and so
 * do the following row groups (the values are likely unique: ids, free text). Min and max compare UTF-8 bytes as
 * unsigned, Parquet's order for strings.
 */
final class StringColumn extends ParquetColumn {

    private static final int CONVERTED_UTF8 = 0;
    static final int MAX_ENTRIES = 1 << 16;
    static final int MAX_DICTIONARY_BYTES = 1 << 20;

    private final StringIds ids = new StringIds();
    private final Bytes dictionary = new Bytes(1024);
    private int[] entryStart = new int[64];
    private int[] entryLength = new int[64];
    private int[] rowIds = new int[1024];
    private final Bytes plainValues = new Bytes(1024);
    private int count;
    private boolean plain;
    private boolean plainNext;
    private int minStart;
    private int minLength = -1; // -1: no PLAIN value yet, no min nor max
    private int maxStart;
    private int maxLength;
    private String lastValue;
    private int lastId;

    /** {@code dictionary} false: always PLAIN (unique values such as ids and free text: no hashing per row). */
    StringColumn(String name, boolean dictionary) {
        super(name);
        this.plainNext = !dictionary;
        this.plain = !dictionary;
    }

    @Override
    void append(ColumnBlock block, int from, int to) {
        StringBlock values = (StringBlock) block;
        if (defined(values, from, to) == 0) {
            return;
        }
        if (!values.dictionary()) {
            if (!plain) {
                throw new IllegalStateException("Column " + name() + " is dictionary encoded, its block is not");
            }
            appendPlain(values, from, to);
        } else if (plain) {
            appendEntries(values, from, to);
        } else {
            appendIds(values, from, to);
        }
    }

    /** Copies a plain block's rows: one copy of their bytes; a whole block brings its own min and max. */
    private void appendPlain(StringBlock values, int from, int to) {
        int start = values.plainStart(from);
        int shift = plainValues.size() - start;
        plainValues.put(values.plainBytes(), start, values.plainEnd(to - 1) - start);
        if (from == 0 && to == values.rows()) {
            extreme(values.plainStart(values.minRow()) + shift + 4, values.plainEnd(values.minRow()) + shift);
            extreme(values.plainStart(values.maxRow()) + shift + 4, values.plainEnd(values.maxRow()) + shift);
        } else {
            for (int row = from; row < to; row++) {
                if (values.flags().present(row)) {
                    extreme(values.plainStart(row) + shift + 4, values.plainEnd(row) + shift);
                }
            }
        }
        count += to - from - values.flags().nulls(from, to);
    }

    /** Adds a dictionary block's rows to the row group's dictionary; falls back to PLAIN when it is full. */
    private void appendIds(StringBlock values, int from, int to) {
        if (count + (to - from) > rowIds.length) {
            rowIds = Arrays.copyOf(rowIds, Math.max(rowIds.length * 2, count + (to - from)));
        }
        for (int row = from; row < to; row++) {
            String value = values.value(row);
            if (value == null) {
                continue;
            }
            int id;
            if (value == lastValue) {
                id = lastId;
            } else {
                id = ids.get(value);
                if (id < 0) {
                    if (ids.size() >= MAX_ENTRIES || dictionary.size() >= MAX_DICTIONARY_BYTES) {
                        fallBack();
                        appendEntries(values, row, to);
                        return;
                    }
                    id = newEntry(value);
                }
                lastValue = value;
                lastId = id;
            }
            rowIds[count++] = id;
        }
    }

    private int newEntry(String value) {
        int id = ids.add(value);
        if (id == entryStart.length) {
            entryStart = Arrays.copyOf(entryStart, id * 2);
            entryLength = Arrays.copyOf(entryLength, id * 2);
        }
        dictionary.intLE(0);
        int at = dictionary.size();
        int length = dictionary.utf8(value);
        dictionary.intLE(at - 4, length);
        entryStart[id] = at;
        entryLength[id] = length;
        return id;
    }

    /** Appends a dictionary block's rows as PLAIN values (this row group fell back). */
    private void appendEntries(StringBlock values, int from, int to) {
        for (int row = from; row < to; row++) {
            String value = values.value(row);
            if (value != null) {
                plainValues.intLE(0);
                int at = plainValues.size();
                int length = plainValues.utf8(value);
                plainValues.intLE(at - 4, length);
                plainAdded(at, at + length);
            }
        }
    }

    /** Rewrites the row group's values so far as PLAIN and goes on in PLAIN. */
    private void fallBack() {
        plain = true;
        plainNext = true;
        int n = count;
        count = 0;
        minLength = -1;
        byte[] entries = dictionary.array();
        for (int i = 0; i < n; i++) {
            int id = rowIds[i];
            plainValues.intLE(entryLength[id]);
            int at = plainValues.size();
            plainValues.put(entries, entryStart[id], entryLength[id]);
            plainAdded(at, at + entryLength[id]);
        }
        ids.clear();
        dictionary.clear();
        lastValue = null;
    }

    /** Counts a PLAIN value at {@code plainValues[start, end)} and keeps it if it is a new min or max. */
    private void plainAdded(int start, int end) {
        extreme(start, end);
        count++;
    }

    /** Keeps the PLAIN value at {@code plainValues[start, end)} if it is the first, a new min or a new max. */
    private void extreme(int start, int end) {
        byte[] b = plainValues.array();
        if (minLength < 0) {
            minStart = maxStart = start;
            minLength = maxLength = end - start;
        } else if (Arrays.compareUnsigned(b, start, end, b, minStart, minStart + minLength) < 0) {
            minStart = start;
            minLength = end - start;
        } else if (Arrays.compareUnsigned(b, start, end, b, maxStart, maxStart + maxLength) > 0) {
            maxStart = start;
            maxLength = end - start;
        }
    }

    @Override
    int physicalType() {
        return BYTE_ARRAY;
    }

    @Override
    void annotate(Thrift schema) {
        schema.i32(6, CONVERTED_UTF8);
    }

    @Override
    int writeDictionary(Bytes page) {
        if (!dictionaryEncoded()) {
            return -1;
        }
        page.put(dictionary);
        return ids.size();
    }

    @Override
    int valueEncoding() {
        return dictionaryEncoded() ? PLAIN_DICTIONARY : PLAIN;
    }

    /** Dictionary encoded: not fallen back to PLAIN, and some value to encode (all nulls: PLAIN, no page). */
    private boolean dictionaryEncoded() {
        return !plain && count > 0;
    }

    @Override
    void writeValues(Bytes page) {
        if (!dictionaryEncoded()) {
            page.put(plainValues);
            return;
        }
        int width = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, ids.size() - 1)));
        page.put(width);
        for (int from = 0; from < count; from += 8192) {
            int to = Math.min(count, from + 8192);
            int groups = (to - from + 7) / 8;
            page.varint(((long) groups << 1) | 1);
            long bits = 0;
            int used = 0;
            for (int i = from, end = from + groups * 8; i < end; i++) {
                bits |= (long) (i < to ? rowIds[i] : 0) << used;
                used += width;
                while (used >= 8) {
                    page.put((int) bits);
                    bits >>>= 8;
                    used -= 8;
                }
            }
        }
    }

    @Override
    byte[] min() {
        return extreme(-1);
    }

    @Override
    byte[] max() {
        return extreme(1);
    }

    private byte[] extreme(int sign) {
        if (count == 0) {
            return null;
        }
        if (plain) {
            byte[] b = plainValues.array();
            return sign < 0 ? Arrays.copyOfRange(b, minStart, minStart + minLength)
                    : Arrays.copyOfRange(b, maxStart, maxStart + maxLength);
        }
        byte[] b = dictionary.array();
        int best = 0;
        for (int id = 1; id < ids.size(); id++) {
            int c = Arrays.compareUnsigned(b, entryStart[id], entryStart[id] + entryLength[id],
                    b, entryStart[best], entryStart[best] + entryLength[best]);
            if (c * sign > 0) {
                best = id;
            }
        }
        return Arrays.copyOfRange(b, entryStart[best], entryStart[best] + entryLength[best]);
    }

    @Override
    void clear() {
        super.clear();
        count = 0;
        minLength = -1;
        ids.clear();
        dictionary.clear();
        plainValues.clear();
        lastValue = null;
        plain = plainNext;
    }
}
