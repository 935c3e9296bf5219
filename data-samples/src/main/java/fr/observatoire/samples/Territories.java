package fr.observatoire.samples;

import fr.observatoire.error.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The real territories the generator places observations in: COG 2026 communes with their population, and the
 * département names. Read from {@code data-samples/reference/}.
 */
public final class Territories {

    public static final String COMMUNES_FILE = "communes_2026.csv";
    public static final String DEPARTEMENTS_FILE = "departements_2026.csv";

    private final Map<String, Commune> communes;
    private final Map<String, String> departementNames;

    private Territories(Map<String, Commune> communes, Map<String, String> departementNames) {
        this.communes = communes;
        this.departementNames = departementNames;
    }

    /** Loads {@value #COMMUNES_FILE} and {@value #DEPARTEMENTS_FILE} from a reference folder. */
    public static Territories load(Path referenceDir) {
        Map<String, Commune> communes = new LinkedHashMap<>();
        read(referenceDir.resolve(COMMUNES_FILE), 9, (fields, line) -> {
            long population;
            try {
                // Some collectivités d'outre-mer have no legal population: they count as 0.
                population = fields.get(8).isBlank() ? 0 : Long.parseLong(fields.get(8).strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(COMMUNES_FILE + " line " + line + ", field population_municipale: "
                        + "cannot use '" + fields.get(8) + "': not a whole number", e);
            }
            communes.put(fields.get(0), new Commune(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                    fields.get(5), fields.get(6), population));
        });
        Map<String, String> names = new TreeMap<>();
        read(referenceDir.resolve(DEPARTEMENTS_FILE), 2, (fields, line) -> names.put(fields.get(0), fields.get(1)));
        return new Territories(Map.copyOf(communes), Map.copyOf(names));
    }

    private interface RowHandler {
        void accept(List<String> fields, long line);
    }

    private static void read(Path file, int minFields, RowHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            long number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = CsvLine.split(line, ',');
                if (fields.size() < minFields) {
                    throw InvalidInputException.at(file.getFileName().toString(), number, null, null,
                            "expected " + minFields + " fields, found " + fields.size());
                }
                handler.accept(fields, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    public boolean isCommune(String code) {
        return communes.containsKey(code);
    }

    public Optional<String> departementName(String code) {
        return Optional.ofNullable(departementNames.get(code));
    }

    /** Communes of the given départements (all when empty), in code order. */
    public List<Commune> communes(Collection<String> departements) {
        List<Commune> selected = new ArrayList<>();
        for (Commune commune : communes.values()) {
            if (departements.isEmpty() || departements.contains(commune.departement())) {
                selected.add(commune);
            }
        }
        selected.sort(Comparator.comparing(Commune::code));
        return selected;
    }

    /** Codes of départements that have communes. */
    public List<String> departements() {
        return communes.values().stream().map(Commune::departement).distinct().sorted().toList();
    }
}
