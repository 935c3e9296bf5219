package fr.observatoire.ingest.stage;

import fr.observatoire.reference.Territories;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real COG 2026 reference of {@code data-samples/reference}, with the postal codes test fixture, loaded once. */
final class TestReference {

    static final Path REFERENCE = Path.of("..", "data-samples", "reference").toAbsolutePath().normalize();

    private TestReference() {
    }

    static Territories territories() {
        return Holder.TERRITORIES;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestReference.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Holder {
        static final Territories TERRITORIES = Territories.fromCsv(REFERENCE.resolve("communes_2026.csv"),
                resource("reference/codes_postaux_2026.csv"), REFERENCE.resolve("departements_2026.csv"));
    }
}
