package fr.observatoire.ingest.read;

import java.io.IOException;

/** Splits a CSV stream into records of field values; {@link #line()} is the physical line the parser is on. */
interface CsvParser {

    /** The next record's values, or null at the end of the file. {@code width} sizes the array (0: unknown). */
    String[] readRecord(int width);

    long line();

    void close() throws IOException;
}
