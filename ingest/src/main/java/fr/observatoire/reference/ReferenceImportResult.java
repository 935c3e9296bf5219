package fr.observatoire.reference;

import fr.observatoire.lake.ReferenceTable;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outcome of a reference import: one report per table written, in writing order. */
public record ReferenceImportResult(Instant importedAt, Path referenceDir, List<TableReport> tables) {

    public ReferenceImportResult {
        tables = List.copyOf(tables);
    }

    public Optional<TableReport> table(ReferenceTable table) {
        return tables.stream().filter(report -> report.table() == table).findFirst();
    }

    /** Every quirk note, prefixed by its table. */
    public List<String> notes() {
        return tables.stream()
                .flatMap(report -> report.notes().stream().map(note -> report.table().directory() + ": " + note))
                .toList();
    }
}
