package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reader of the DREES aide-sociale beneficiaries by département ({@code tableau, annee, code_region,
 * code_departement, libelle, valeur}), made comparable with INSEE codes:
 * <ul>
 * <li>TOTAL rows (France entière, métropolitaine, DROM) are dropped: totals are recomputed from départements.</li>
 * <li>Corsica: where 2A and 2B are published, the 20 row (their sum) is dropped; where only 20 is published (from
 *     2018) it is kept as 20 and not split.</li>
 * <li>Rhône: 69 (whole département, Métropole de Lyon included) is kept; 69D (nouveau Rhône) and 69M (Métropole de
 *     Lyon) are folded into it, summed where 69 itself is not published.</li>
 * <li>Missing values ({@code nd}, empty, {@code -}, secret) are kept as null.</li>
 * </ul>
 */
final class AideSocialeFile {

    private static final Set<String> SPLIT_CODES = Set.of("20", "69D", "69M");

    private AideSocialeFile() {
    }

    private record Cell(long line, String tableau, int year, String code, String region, String label, Double value) {
    }

    /** Rows: tableau, title, year, departement_code, published_code, region_code, label, value. */
    static TableData read(Path file, Path titlesFile, Set<String> departements) {
        Map<String, String> titles = titlesFile == null ? Map.of() : titles(titlesFile);
        Csv csv = Csv.read(file, (char) 0);
        Csv.Header header = csv.header();
        int tableau = header.require("tableau");
        int year = header.require("annee", "year");
        int region = header.find("code_region");
        int dep = header.require("code_departement", "departement_code");
        int label = header.find("libelle", "label");
        int value = header.require("valeur", "value");
        Map<String, Map<String, Cell>> groups = new LinkedHashMap<>();
        int totals = 0;
        long missing = 0;
        for (Csv.Row row : csv.body()) {
            String code = row.field(dep).strip().toUpperCase(Locale.ROOT);
            if (PopulationFile.isTotal(code)) {
                totals++;
                continue;
            }
            if (!SPLIT_CODES.contains(code) && !departements.isEmpty() && !departements.contains(code)) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_departement", code,
                        "not a département of the COG, nor a DREES code (20, 69D, 69M)");
            }
            Long parsedYear = Cells.wholeNumber(row.field(year), csv.fileName(), row.line(), "annee");
            if (parsedYear == null) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "annee", row.field(year), "missing year");
            }
            Double parsed = Cells.decimal(row.field(value), csv.fileName(), row.line(), "valeur");
            if (parsed == null) {
                missing++;
            }
            String table = row.field(tableau).strip();
            Cell cell = new Cell(row.line(), table, parsedYear.intValue(), code,
                    region < 0 ? null : Cells.text(row.field(region)), label < 0 ? null : Cells.text(row.field(label)),
                    parsed);
            Cell previous = groups.computeIfAbsent(table + "\u0000" + parsedYear, k -> new LinkedHashMap<>())
                    .put(code, cell);
            if (previous != null) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_departement", code,
                        "listed twice in " + table + " for " + parsedYear + " (first on line " + previous.line() + ")");
            }
        }
        List<Object[]> rows = new ArrayList<>();
        int corsicaAggregates = 0;
        int corsicaMismatches = 0;
        TreeSet<Integer> corsicaWhole = new TreeSet<>();
        int rhoneFolded = 0;
        int rhoneMismatches = 0;
        int rhoneSummed = 0;
        boolean mayotte = false;
        for (Map<String, Cell> group : groups.values()) {
            Cell whole = group.get("20");
            Cell south = group.get("2A");
            Cell north = group.get("2B");
            if (whole != null && south != null && north != null) {
                corsicaAggregates++;
                if (differ(whole.value(), sum(south.value(), north.value()))) {
                    corsicaMismatches++;
                }
                whole = null;
            }
            Cell rhone = group.get("69");
            Cell rest = group.get("69D");
            Cell metropole = group.get("69M");
            Cell summedRhone = null;
            if (rest != null || metropole != null) {
                if (rhone != null) {
                    rhoneFolded += (rest != null ? 1 : 0) + (metropole != null ? 1 : 0);
                    if (rest != null && metropole != null && differ(rhone.value(), sum(rest.value(), metropole.value()))) {
                        rhoneMismatches++;
                    }
                } else {
                    Cell first = rest != null ? rest : metropole;
                    Double total = rest != null && metropole != null ? sum(rest.value(), metropole.value()) : null;
                    summedRhone = new Cell(first.line(), first.tableau(), first.year(), "69D+69M", first.region(),
                            "Rhône (69D + 69M)", total);
                    rhoneSummed++;
                }
            }
            for (Cell cell : group.values()) {
                switch (cell.code()) {
                    case "69D", "69M" -> {
                        if (summedRhone != null && cell == (rest != null ? rest : metropole)) {
                            rows.add(row(summedRhone, "69", titles));
                        }
                    }
                    case "20" -> {
                        if (whole != null) {
                            corsicaWhole.add(cell.year());
                            rows.add(row(cell, "20", titles));
                        }
                    }
                    default -> {
                        mayotte |= cell.code().equals("976");
                        rows.add(row(cell, cell.code(), titles));
                    }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("TOTAL rows dropped: " + totals);
        notes.add("DREES 20 (Corsica) rows dropped where 2A and 2B are published: " + corsicaAggregates
                + (corsicaMismatches > 0 ? " (" + corsicaMismatches + " differ from 2A+2B)" : " (all equal 2A+2B)"));
        if (!corsicaWhole.isEmpty()) {
            notes.add("DREES: 20 (Corse, " + corsicaWhole.first() + "–" + corsicaWhole.last() + ") kept as 20: "
                    + "not split into 2A/2B");
        }
        notes.add("69D/69M mapped to 69 for joins with INSEE: " + rhoneFolded + " rows folded into the published 69"
                + (rhoneMismatches > 0 ? " (" + rhoneMismatches + " where 69 differs from 69D+69M: 69 kept)" : "")
                + ", " + rhoneSummed + " summed where 69 is not published");
        if (!mayotte) {
            notes.add("976 (Mayotte) is not in the DREES file");
        }
        notes.add("missing values: " + missing + " cells left null");
        return new TableData(rows, notes);
    }

    private static Object[] row(Cell cell, String code, Map<String, String> titles) {
        return new Object[] {cell.tableau(), titles.get(cell.tableau()), cell.year(), code, cell.code(), cell.region(),
                cell.label(), cell.value()};
    }

    private static Double sum(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }

    private static boolean differ(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) > 0.5;
    }

    /** The DREES table titles file: {@code tableau, intitule}. */
    static Map<String, String> titles(Path file) {
        Csv csv = Csv.read(file, (char) 0);
        Csv.Header header = csv.header();
        int tableau = header.require("tableau");
        int title = header.require("intitule", "title");
        Map<String, String> titles = new HashMap<>();
        for (Csv.Row row : csv.body()) {
            titles.put(row.field(tableau).strip(), Cells.text(row.field(title)));
        }
        return titles;
    }
}
