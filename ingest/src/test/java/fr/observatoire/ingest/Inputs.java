package fr.observatoire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes contributor CSV files for {@link CsvTestStager}: ids {@code <prefix>-<n>}, real COG commune codes. */
public final class Inputs {

    private static final String[] COMMUNES = {"59350", "33063", "93066", "2A004", "69123", "13055", "97411"};

    private Inputs() {
    }

    /** {@code rows} rows of which the last {@code rejected} carry the reject code {@code unknown_commune}. */
    public static Path csv(Path folder, String name, String idPrefix, int rows, int rejected, String text) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("observation_id;commune;description;erreur\n");
                for (int i = 0; i < rows; i++) {
                    boolean reject = i >= rows - rejected;
                    out.write(idPrefix + "-" + i + ";" + (reject ? "99999" : COMMUNES[i % COMMUNES.length]) + ";"
                            + text + " " + i + ";" + (reject ? "unknown_commune" : "") + "\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
