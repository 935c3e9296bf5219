package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static fr.observatoire.reference.ReferenceFixtures.testResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On a real extract of the DREES file: Ain, Corsica (2A, 2B, 20), Rhône (69, 69D, 69M), Seine-Saint-Denis, totals. */
class AideSocialeFileTest {

    static final Set<String> DEPARTEMENTS = CogFiles.departements(shippedReference().resolve("departements_2026.csv"))
            .stream().map(CogFiles.CogDepartement::code).collect(Collectors.toSet());

    static Object value(TableData data, String tableau, int year, String departement) {
        return data.rows().stream()
                .filter(row -> row[0].equals(tableau) && row[2].equals(year) && row[3].equals(departement))
                .map(row -> row[7]).collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
                    assertThat(list).as(tableau + " " + year + " " + departement).hasSizeLessThanOrEqualTo(1);
                    return list.isEmpty() ? "absent" : list.get(0);
                }));
    }

    @Test
    void makesDreesDepartementsComparableWithInsee() throws IOException {
        List<String> lines = Files.readAllLines(testResource("drees_aide_sociale_extract.csv"), StandardCharsets.UTF_8);
        TableData data = AideSocialeFile.read(testResource("drees_aide_sociale_extract.csv"),
                shippedReference().resolve("drees_aide_sociale_beneficiaires_tableaux.csv"), DEPARTEMENTS);
        // Corsica until 2017: 2A and 2B kept, their sum (20) dropped; from 2018 only 20 is published: kept as 20.
        assertThat(value(data, "Tab1-pa", 2017, "2A")).isEqualTo(Double.parseDouble(find(lines, "Tab1-pa,2017,94,2A,")));
        assertThat(value(data, "Tab1-pa", 2017, "20")).isEqualTo("absent");
        assertThat(value(data, "Tab1-pa", 2018, "20")).isEqualTo(Double.parseDouble(find(lines, "Tab1-pa,2018,94,20,")));
        assertThat(value(data, "Tab1-pa", 2018, "2A")).isEqualTo("absent");
        // Rhône: the published 69 is kept, 69D/69M folded into it.
        assertThat(value(data, "Tab7-ph", 2016, "69")).isEqualTo(Double.parseDouble(find(lines, "Tab7-ph,2016,84,69,")));
        assertThat(data.rows()).noneMatch(row -> Set.of("69D", "69M", "TOTAL").contains((String) row[3]));
        assertThat(data.rows()).allMatch(row -> row[1] != null, "every row has its table title");
        assertThat(data.notes()).contains(
                "TOTAL rows dropped: 84",
                "DREES: 20 (Corse, 2018–2020) kept as 20: not split into 2A/2B",
                "976 (Mayotte) is not in the DREES file",
                "missing values: 0 cells left null");
    }

    @Test
    void sumsRhoneHalvesWhereTheWholeIsNotPublishedAndKeepsMissingValuesAsNull(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("drees.csv");
        List<String> lines = Files.readAllLines(testResource("drees_aide_sociale_extract.csv"), StandardCharsets.UTF_8);
        List<String> injected = lines.stream()
                .filter(line -> !line.startsWith("Tab7-ph,2016,84,69,"))
                .map(line -> line.startsWith("Tab1-pa,2019,84,01,") ? "Tab1-pa,2019,84,01,Ain,nd"
                        : line.startsWith("Tab1-pa,2020,84,01,") ? "Tab1-pa,2020,84,01,Ain,"
                        : line.startsWith("Tab4-pa,2020,84,01,") ? "Tab4-pa,2020,84,01,Ain,-" : line)
                .toList();
        Files.write(file, injected, StandardCharsets.UTF_8);
        TableData data = AideSocialeFile.read(file, null, DEPARTEMENTS);
        double rest = Double.parseDouble(find(lines, "Tab7-ph,2016,84,69D,"));
        double metropole = Double.parseDouble(find(lines, "Tab7-ph,2016,84,69M,"));
        assertThat(value(data, "Tab7-ph", 2016, "69")).isEqualTo(rest + metropole);
        assertThat(data.rows()).filteredOn(row -> row[0].equals("Tab7-ph") && row[2].equals(2016) && row[3].equals("69"))
                .singleElement().satisfies(row -> assertThat(row[4]).isEqualTo("69D+69M"));
        assertThat(value(data, "Tab1-pa", 2019, "01")).isNull();
        assertThat(value(data, "Tab1-pa", 2020, "01")).isNull();
        assertThat(data.notes()).contains("missing values: 3 cells left null")
                .anySatisfy(note -> assertThat(note).endsWith(", 1 summed where 69 is not published"));
    }

    private static String find(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow()
                .substring(prefix.length()).replaceAll("^[^,]*,", "");
    }

    @Test
    void rejectsAValueThatIsNotANumberNamingFileLineAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("drees.csv");
        Files.writeString(file, "tableau,annee,code_region,code_departement,libelle,valeur\n"
                + "Tab1-pa,2019,84,01,Ain,12\nTab1-pa,2020,84,01,Ain,douze\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AideSocialeFile.read(file, null, DEPARTEMENTS))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("drees.csv line 3, field valeur: cannot use 'douze': not a number");
    }

    @Test
    void readsTheFullDreesFile() {
        TableData data = AideSocialeFile.read(shippedReference().resolve("drees_aide_sociale_beneficiaires_dep_1996_2020.csv"),
                null, DEPARTEMENTS);
        Set<String> codes = data.rows().stream().map(row -> (String) row[3]).collect(Collectors.toSet());
        assertThat(codes).contains("2A", "2B", "20", "69", "971", "974").doesNotContain("69D", "69M", "TOTAL", "976");
        assertThat(DEPARTEMENTS).containsAll(codes.stream().filter(code -> !code.equals("20")).toList());
    }
}
