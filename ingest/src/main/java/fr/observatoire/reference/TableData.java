package fr.observatoire.reference;

import java.util.List;

/**
 * Rows of one reference table (values in column order, provenance columns not included), the quirks met, and the
 * vintage when the input itself states it (the date of a FINESS extract), else null.
 */
record TableData(List<Object[]> rows, List<String> notes, String vintage) {

    TableData {
        notes = List.copyOf(notes);
    }

    TableData(List<Object[]> rows, List<String> notes) {
        this(rows, notes, null);
    }
}
