package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static fr.observatoire.reference.ReferenceFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicReplacementTest {

    static final Clock FIRST = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    static final Clock SECOND = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);

    static ReferenceImportRequest small(Lake lake, List<Path> groupings) {
        Path reference = shippedReference();
        return new ReferenceImportRequest(lake, reference.resolve("communes_2026.csv"), null,
                reference.resolve("epci_2026.csv"), reference.resolve("departements_2026.csv"), null, groupings,
                List.of(), List.of(), null, null);
    }

    static String importedAt(Lake lake, ReferenceTable table) {
        return single("SELECT DISTINCT imported_at FROM read_parquet(" + Sql.literal(Lake.glob(lake.reference(table)))
                + ")");
    }

    @Test
    void aFailedImportLeavesThePreviousReferenceReadable(@TempDir Path root) throws IOException {
        Lake lake = new Lake(root);
        new ReferenceImport(FIRST).run(small(lake, List.of(shippedReference().resolve("groupings.csv"))));
        String groupingsBefore = single("SELECT count(*) FROM read_parquet("
                + Sql.literal(Lake.glob(lake.reference(ReferenceTable.GROUPINGS))) + ")");

        Path bad = root.resolve("bad-groupings.csv");
        Files.writeString(bad, "grouping;commune_code;zone\nG;47001;\nG;2C001;\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ReferenceImport(SECOND).run(small(lake, List.of(bad))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad-groupings.csv line 3").hasMessageContaining("'2C001'");

        // Communes were read and written before the groupings failed, yet nothing was replaced.
        for (ReferenceTable table : List.of(ReferenceTable.COMMUNES, ReferenceTable.EPCI, ReferenceTable.DEPARTEMENTS,
                ReferenceTable.GROUPINGS)) {
            assertThat(importedAt(lake, table)).as(table.directory()).startsWith("2026-01-01");
        }
        assertThat(single("SELECT count(*) FROM read_parquet("
                + Sql.literal(Lake.glob(lake.reference(ReferenceTable.GROUPINGS))) + ")")).isEqualTo(groupingsBefore);
        try (Stream<Path> work = Files.list(lake.work())) {
            assertThat(work).as("staging cleaned").isEmpty();
        }
    }

    @Test
    void aSuccessfulImportReplacesEachTableWhole(@TempDir Path root) throws IOException {
        Lake lake = new Lake(root);
        new ReferenceImport(FIRST).run(small(lake, List.of()));
        Path stale = lake.reference(ReferenceTable.COMMUNES).resolve("stale-part.parquet");
        Files.copy(lake.reference(ReferenceTable.COMMUNES).resolve("communes.parquet"), stale);

        new ReferenceImport(SECOND).run(small(lake, List.of()));

        assertThat(importedAt(lake, ReferenceTable.COMMUNES)).startsWith("2026-02-01");
        assertThat(stale).doesNotExist();
        assertThat(single("SELECT count(*) FROM read_parquet("
                + Sql.literal(Lake.glob(lake.reference(ReferenceTable.COMMUNES))) + ")")).isEqualTo("34969");
    }
}
