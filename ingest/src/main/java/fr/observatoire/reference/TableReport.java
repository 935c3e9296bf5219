package fr.observatoire.reference;

import fr.observatoire.lake.ReferenceTable;

import java.util.List;

/** What an import wrote into one reference table: rows, provenance, and the quirks of the input met on the way. */
public record TableReport(ReferenceTable table, long rows, String source, String vintage, List<String> notes) {

    public TableReport {
        notes = List.copyOf(notes);
    }
}
