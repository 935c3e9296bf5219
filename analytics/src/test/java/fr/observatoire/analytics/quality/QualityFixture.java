package fr.observatoire.analytics.quality;

import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.ObservationRow;
import fr.observatoire.analytics.fixture.TestLake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small lake whose quality figures are worked out by hand in {@link QualityJobTest}: four contributors of
 * Lot-et-Garonne over 2023-2025.
 * <pre>
 * ccas-agen    B2023-agen (2 rows), B2024-agen (2), B2025-agen (4 rows kept of 6 read, 2 rejected; one duplicate)
 * ehpad-nerac  B2023-nerac (2), B2024-nerac (1)                      stopped after 2024
 * udaf-47      B2023-udaf (1)                                        stopped after 2023
 * caf-47       B2025-caf (2)                                         new in 2025
 * </pre>
 */
final class QualityFixture {

    static final LocalDate AS_OF = LocalDate.of(2025, 7, 15);

    private QualityFixture() {
    }

    static TestLake write(Path root) {
        List<Commune> lotEtGaronne = Commune.ofDepartement("47");
        Commune agen = lotEtGaronne.get(0);
        Commune nerac = lotEtGaronne.stream().filter(c -> c.name().equals("Nérac")).findFirst().orElseThrow();
        List<ObservationRow> rows = new ArrayList<>();
        rows.add(obs("B2023-agen", "ccas-agen", agen, "a1", LocalDate.of(2023, 2, 1), 1, at(2023, 4, 1)));
        rows.add(obs("B2023-agen", "ccas-agen", agen, "a2", LocalDate.of(2023, 2, 2), 2, at(2023, 4, 1)));
        rows.add(obs("B2024-agen", "ccas-agen", agen, "a3", LocalDate.of(2024, 2, 1), 1, at(2024, 4, 1)));
        rows.add(obs("B2024-agen", "ccas-agen", agen, "a4", LocalDate.of(2024, 2, 2), 2, at(2024, 4, 1)));
        LocalDateTime agen2025 = LocalDateTime.of(2025, 6, 1, 10, 5);
        rows.add(obs("B2025-agen", "ccas-agen", agen, "a5", LocalDate.of(2025, 3, 1), 1, agen2025)
                .withFigures(3, 2, null, "attente de plus de six mois", "v1"));
        rows.add(obs("B2025-agen", "ccas-agen", agen, "a6", LocalDate.of(2025, 3, 2), 2, agen2025)
                .withFigures(1, null, null, null, null).atDepartementPrecision());
        rows.add(obs("B2025-agen", "ccas-agen", agen, "a7", LocalDate.of(2025, 3, 3), 3, agen2025));
        rows.add(obs("B2025-agen", "ccas-agen", agen, "a8", LocalDate.of(2025, 3, 3), 4, agen2025)); // repeats a7
        rows.add(obs("B2023-nerac", "ehpad-nerac", nerac, "n1", LocalDate.of(2023, 5, 1), 1, at(2023, 5, 2)));
        rows.add(obs("B2023-nerac", "ehpad-nerac", nerac, "n2", LocalDate.of(2023, 5, 2), 2, at(2023, 5, 2)));
        rows.add(obs("B2024-nerac", "ehpad-nerac", nerac, "n3", LocalDate.of(2024, 8, 1), 1, at(2024, 9, 1)));
        rows.add(obs("B2023-udaf", "udaf-47", agen, "u1", LocalDate.of(2023, 3, 1), 1, at(2023, 4, 1)));
        LocalDateTime caf2025 = LocalDateTime.of(2025, 7, 1, 12, 1);
        rows.add(obs("B2025-caf", "caf-47", agen, "c1", LocalDate.of(2025, 6, 1), 1, caf2025));
        rows.add(obs("B2025-caf", "caf-47", agen, "c2", LocalDate.of(2025, 6, 2), 2, caf2025));

        List<List<Object>> ledger = List.of(
                ledger("B2023-agen", "ccas-agen", 2, 2, 0, "committed", at(2023, 4, 1)),
                ledger("B2024-agen", "ccas-agen", 2, 2, 0, "committed", at(2024, 4, 1)),
                ledger("B2025-agen", "ccas-agen", 6, 0, 0, "failed", LocalDateTime.of(2025, 5, 31, 10, 1)),
                ledger("B2025-agen", "ccas-agen", 6, 4, 2, "committed", agen2025),
                ledger("B2023-nerac", "ehpad-nerac", 2, 2, 0, "committed", at(2023, 5, 2)),
                ledger("B2024-nerac", "ehpad-nerac", 1, 1, 0, "committed", at(2024, 9, 1)),
                ledger("B2023-udaf", "udaf-47", 1, 1, 0, "committed", at(2023, 4, 1)),
                ledger("B2025-caf", "caf-47", 2, 2, 0, "committed", caf2025));
        List<List<Object>> rejects = List.of(
                Arrays.asList("B2025-agen.csv", 5L, "commune_code", "unknown_commune", "professionnel", "ccas-agen", "B2025-agen"),
                Arrays.asList("B2025-agen.csv", 5L, "observed_on", "invalid_date", "professionnel", "ccas-agen", "B2025-agen"),
                Arrays.asList("B2025-agen.csv", 6L, "observed_on", "invalid_date", "professionnel", "ccas-agen", "B2025-agen"));
        return new TestLake(root).observations(rows).ledger(ledger).rejects(rejects);
    }

    /** The optional reference list of expected contributors and their frequencies (caf-47 is not on it). */
    static void declareContributors(TestLake lake) {
        lake.reference(QualitySources.CONTRIBUTORS_TABLE, List.of(
                        new String[] {"contributor", "VARCHAR"}, new String[] {"source_group", "VARCHAR"},
                        new String[] {"territory", "VARCHAR"}, new String[] {"expected_frequency", "VARCHAR"}),
                List.of(Arrays.asList("ccas-agen", "professionnel", "47001", "mensuelle"),
                        Arrays.asList("ehpad-nerac", "professionnel", "47195", "annuelle"),
                        Arrays.asList("udaf-47", "professionnel", "47", "trimestrielle")));
    }

    private static ObservationRow obs(String batch, String contributor, Commune commune, String id, LocalDate on,
                                      long line, LocalDateTime ingestedAt) {
        return ObservationRow.at(batch, contributor, commune, "personnes_agees", "isolement", id, on)
                .withLine(line).withIngestedAt(ingestedAt);
    }

    private static LocalDateTime at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 9, 1);
    }

    private static List<Object> ledger(String batch, String contributor, long read, long accepted, long rejected,
                                       String status, LocalDateTime finished) {
        return Arrays.asList(batch, "professionnel", contributor, read, accepted, rejected, status,
                finished.minusMinutes(1), finished);
    }
}
