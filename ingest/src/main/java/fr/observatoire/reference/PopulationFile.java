package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reader of the INSEE population estimates by département and age band ({@code insee_pop_dep_tranches_cles} layout:
 * {@code annee, dep_code, dep_nom, pop_totale, pop_0_19, pop_20_59, pop_60_plus, pop_65_plus, pop_75_plus,
 * pop_85_plus}). Corsica is 2A/2B and the Rhône is 69 (Métropole de Lyon included), as in the COG.
 */
final class PopulationFile {

    static final List<String> BANDS = List.of("pop_totale", "pop_0_19", "pop_20_59", "pop_60_plus", "pop_65_plus",
            "pop_75_plus", "pop_85_plus");

    private PopulationFile() {
    }

    /** Rows: departement_code, departement_name, year, then the seven bands. Unknown départements are an error. */
    static TableData read(Path file, Set<String> departements) {
        Csv csv = Csv.read(file, (char) 0);
        Csv.Header header = csv.header();
        int year = header.require("annee", "year");
        int dep = header.require("dep_code", "departement_code", "code_departement");
        int name = header.find("dep_nom", "departement_name", "libelle");
        int[] bands = BANDS.stream().mapToInt(header::require).toArray();
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> codes = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        long missing = 0;
        List<String> totals = new ArrayList<>();
        for (Csv.Row row : csv.body()) {
            String code = row.field(dep).strip();
            if (isTotal(code)) {
                totals.add(code);
                continue;
            }
            if (!departements.isEmpty() && !departements.contains(code)) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "dep_code", code,
                        "not a département of the COG");
            }
            Long parsedYear = Cells.wholeNumber(row.field(year), csv.fileName(), row.line(), "annee");
            if (parsedYear == null) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "annee", row.field(year), "missing year");
            }
            if (!seen.add(code + "/" + parsedYear)) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "dep_code", code,
                        "listed twice for " + parsedYear);
            }
            Object[] values = new Object[3 + bands.length];
            values[0] = code;
            values[1] = name < 0 ? null : Cells.text(row.field(name));
            values[2] = parsedYear.intValue();
            for (int i = 0; i < bands.length; i++) {
                Long value = Cells.wholeNumber(row.field(bands[i]), csv.fileName(), row.line(), BANDS.get(i));
                if (value == null) {
                    missing++;
                }
                values[3 + i] = value;
            }
            codes.add(code);
            years.add(parsedYear.intValue());
            rows.add(values);
        }
        List<String> notes = new ArrayList<>();
        if (!years.isEmpty()) {
            notes.add("INSEE population: " + codes.size() + " départements, years " + years.first() + "–"
                    + years.last() + (codes.contains("2A") ? "; Corsica as 2A/2B" : ""));
        }
        if (!totals.isEmpty()) {
            notes.add("TOTAL rows dropped: " + totals.size());
        }
        notes.add("missing values: " + missing + " cells left null");
        return new TableData(rows, notes);
    }

    static boolean isTotal(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return upper.startsWith("TOTAL") || upper.equals("FRANCE") || upper.equals("FE") || upper.equals("FM")
                || upper.startsWith("FRANCE ");
    }
}
