package fr.observatoire.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.reports.fixture.LakeFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDiagnosticOfADepartementWithItsPopulationAndMapValues() {
        Lake lake = new Lake(LakeFixture.write(dir.resolve("lake"), "t1"));
        try (LakeReader reader = LakeReader.open(lake)) {
            TerritoryRef lotEtGaronne = reader.territories().stream()
                    .filter(t -> t.level().equals("departement") && t.code().equals("47")).findFirst().orElseThrow();
            assertThat(lotEtGaronne.name()).isEqualTo("Lot-et-Garonne");
            assertThat(reader.periods(lotEtGaronne)).containsExactly("2024", "2025");
            assertThat(reader.diagnostic(lotEtGaronne, "2025")).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.period()).isEqualTo("2025"));
            assertThat(reader.population(lotEtGaronne).population()).isEqualTo(333_602L);
            assertThat(reader.departementsOf(lotEtGaronne)).containsExactly("47");
            assertThat(reader.departementValues("2025")).hasSize(101);
            assertThat(reader.available(LakeDataset.QUALITY)).isTrue();
            assertThat(reader.quality(lotEtGaronne).rows()).hasSize(1);
            assertThat(reader.quality(lotEtGaronne).columns()).contains("completeness_persons")
                    .doesNotContain("level", "territory_code");
            assertThat(reader.contributorStatus(lotEtGaronne, "2025")).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.status()).isIn("a_jour", "en_retard", "silencieux"));
            assertThat(reader.verbatims(lotEtGaronne, "2025")).isNotEmpty();
            assertThat(reader.coverage(lotEtGaronne, "2025")).isNotEmpty();
            assertThat(reader.sources()).extracting(SourceVintage::table).contains("communes", "population");
        }
    }

    @Test
    void optionalDatasetsMissingFromTheLakeReadAsEmpty() throws Exception {
        Path root = LakeFixture.write(dir.resolve("lake"), "t2");
        for (String optional : new String[] {"emerging", "quality", "gaps", "observations"}) {
            try (var files = java.nio.file.Files.walk(root.resolve(optional))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (LakeReader reader = LakeReader.open(new Lake(root))) {
            TerritoryRef t = new TerritoryRef("departement", "47", "Lot-et-Garonne");
            assertThat(reader.available(LakeDataset.EMERGING)).isFalse();
            assertThat(reader.available(LakeDataset.QUALITY)).isFalse();
            assertThat(reader.emerging(t, "2025")).isEmpty();
            assertThat(reader.gaps(t)).isEmpty();
            assertThat(reader.quality(t).rows()).isEmpty();
            assertThat(reader.verbatims(t, "2025")).isEmpty();
            assertThat(reader.contributorStatus(t, "2025")).isEmpty();
            assertThat(reader.diagnostic(t, "2025")).isNotEmpty();
        }
    }

    @Test
    void readsDatasetsThatAreLinksToTheCurrentSnapshot() throws Exception {
        Path root = LakeFixture.write(dir.resolve("lake"), "t3");
        Path snapshot = root.resolve("_snapshots/v000001/observations");
        java.nio.file.Files.createDirectories(snapshot.getParent());
        java.nio.file.Files.move(root.resolve("observations"), snapshot);
        java.nio.file.Files.createSymbolicLink(root.resolve("observations"), snapshot);
        try (LakeReader reader = LakeReader.open(new Lake(root))) {
            assertThat(reader.available(LakeDataset.OBSERVATIONS)).isTrue();
            assertThat(reader.coverage(new TerritoryRef("departement", "47", "Lot-et-Garonne"), "2025")).isNotEmpty();
        }
    }

    @Test
    void refusesALakeWithoutDiagnostic() {
        assertThatThrownBy(() -> LakeReader.open(new Lake(dir.resolve("empty"))))
                .isInstanceOf(ObservatoryException.class)
                .hasMessageContaining("dataset diagnostic is missing");
    }
}
