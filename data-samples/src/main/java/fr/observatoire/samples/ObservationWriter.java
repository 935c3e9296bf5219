package fr.observatoire.samples;

import java.io.Closeable;
import java.io.IOException;

/** Writes the rows of one batch file in one format, streaming. */
interface ObservationWriter extends Closeable {

    void write(Row row) throws IOException;

    /**
     * Work on a row that may be done ahead, on the thread that draws the rows (for instance encoding its free text);
     * passed back to {@link #write(Row, Object)}. Must not touch the writer's state.
     */
    default Object prepare(Row row) {
        return null;
    }

    /** Writes a row with what {@link #prepare(Row)} made of it. */
    default void write(Row row, Object prepared) throws IOException {
        write(row);
    }

    /** Completes and closes the file; returns the SHA-256 of its bytes. */
    String finish() throws IOException;
}
