package fr.observatoire.analytics;

import java.nio.file.Path;
import java.util.List;

/** The gaps output read back with DuckDB; rows looked up by level, territory and category. */
record GapRows(List<List<Object>> all) {

    static GapRows read(Path dataset) throws Exception {
        return new GapRows(DiagnosticRows.read(dataset).all());
    }

    List<Object> get(String level, String territory, String category) {
        return all.stream()
                .filter(r -> r.get(0).equals(level) && r.get(1).equals(territory) && r.get(4).equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No gaps row " + level + " " + territory + " " + category));
    }
}
