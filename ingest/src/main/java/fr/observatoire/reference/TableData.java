package fr.observatoire.reference;

import java.util.List;

/** Rows of one reference table (values in column order, provenance columns not included) and the quirks met. */
record TableData(List<Object[]> rows, List<String> notes) {

    TableData {
        notes = List.copyOf(notes);
    }
}
