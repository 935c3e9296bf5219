package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupingFilesTest {

    static final GroupingFiles GROUPINGS = new GroupingFiles(
            CogFiles.communes(shippedReference().resolve("communes_2026.csv")),
            CogFiles.epci(shippedReference().resolve("epci_2026.csv")));

    @Test
    void readsOneLinePerCommuneWithOptionalZone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bassins.csv");
        Files.writeString(file, "# bassins de vie\ngrouping;commune_code;zone\nBassin d'Agen;47001;centre\n"
                + "Bassin d'Agen;47091;\nParis centre;75104;\n", StandardCharsets.UTF_8);
        TableData data = GROUPINGS.read(List.of(file));
        assertThat(data.rows()).map(Arrays::asList).containsExactly(
                Arrays.asList("Bassin d'Agen", "47001", "centre", "47"),
                Arrays.asList("Bassin d'Agen", "47091", null, "47"),
                Arrays.asList("Paris centre", "75056", null, "75"));
    }

    @Test
    void expandsEpciAndDepartementMembers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("zones.csv");
        Files.writeString(file, "grouping;zone;members\nCorse;;2A|2B\nMEL;;200093201\n", StandardCharsets.UTF_8);
        TableData data = GROUPINGS.read(List.of(file));
        assertThat(data.rows()).filteredOn(row -> row[0].equals("Corse")).hasSize(360);
        assertThat(data.rows()).filteredOn(row -> row[0].equals("MEL")).hasSize(95)
                .anySatisfy(row -> assertThat(row[1]).isEqualTo("59350"));
    }

    @Test
    void rejectsAnUnknownCommuneCodeNamingFileLineAndValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("groupings.csv");
        Files.writeString(file, "grouping;commune_code;zone\nG;47001;\nG;47999;nord\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GROUPINGS.read(List.of(file)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("groupings.csv line 3, field commune_code: cannot use '47999': "
                        + "not a current commune of the COG");
    }

    @Test
    void rejectsAnUnknownEpciAndACommuneListedTwice(@TempDir Path dir) throws IOException {
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "grouping;zone;members\nG;;123456789\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GROUPINGS.read(List.of(unknown)))
                .hasMessage("unknown.csv line 2, field members: cannot use '123456789': not an EPCI SIREN of the COG");
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "grouping;zone;members\nG;a;200096956\nG;b;47001\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GROUPINGS.read(List.of(twice)))
                .hasMessage("twice.csv line 3, field members: cannot use '47001': "
                        + "commune already in grouping 'G' (line 2)");
    }
}
