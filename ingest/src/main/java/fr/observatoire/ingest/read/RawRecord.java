package fr.observatoire.ingest.read;

import java.util.List;

/**
 * One record as read, before any interpretation: its physical line (CSV, JSON Lines) or row number (XLSX), the
 * column names it was read under (shared by every record with the same header), and its values (null when absent).
 * {@code malformed} is non-null when the record could not be read as a whole (e.g. a JSON syntax error), naming the
 * problem and its position.
 */
public record RawRecord(long line, List<String> columns, String[] values, String malformed) {

    /** A record that could not be read as a whole; {@code values} keeps what was read, for the reject. */
    public static RawRecord malformed(long line, List<String> columns, String[] values, String problem) {
        return new RawRecord(line, columns, values, problem);
    }

    public boolean isMalformed() {
        return malformed != null;
    }
}
