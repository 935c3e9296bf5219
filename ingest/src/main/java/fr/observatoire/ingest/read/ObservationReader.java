package fr.observatoire.ingest.read;

import java.util.List;

/** Streams the records of one contributor file; memory stays flat whatever the file's size. */
public interface ObservationReader extends AutoCloseable {

    /** The header: column names as the file spells them (JSON Lines: the keys of the first record). */
    List<String> columns();

    /** The next record, or null at the end of the file. */
    RawRecord next();

    /** The character encoding used (detected or forced), e.g. UTF-8, windows-1252. */
    String encoding();

    @Override
    void close();
}
