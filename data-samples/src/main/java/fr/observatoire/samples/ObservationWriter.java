package fr.observatoire.samples;

import java.io.Closeable;
import java.io.IOException;

/** Writes the rows of one batch file in one format, streaming. */
interface ObservationWriter extends Closeable {

    void write(Row row) throws IOException;

    /** Completes and closes the file; returns the SHA-256 of its bytes. */
    String finish() throws IOException;
}
