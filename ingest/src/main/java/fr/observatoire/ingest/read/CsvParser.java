package fr.observatoire.ingest.read;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Splits a CSV stream into records of field values; {@link #line()} is the physical line the parser is on. */
interface CsvParser {

    /** The next record's values, or null at the end of the file. {@code width} sizes the array (0: unknown). */
    String[] readRecord(int width);

    long line();

    void close() throws IOException;

    /**
     * A record's {@code count} values: the first ones in {@code values} (sized by the expected width), those beyond it
     * in {@code overflow}.
     */
    static String[] record(String[] values, int count, List<String> overflow) {
        if (count > values.length) {
            String[] all = Arrays.copyOf(values, count);
            for (int i = values.length; i < count; i++) {
                all[i] = overflow.get(i - values.length);
            }
            return all;
        }
        return count == values.length ? values : Arrays.copyOf(values, count);
    }
}
