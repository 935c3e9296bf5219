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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static fr.observatoire.reference.ReferenceFixtures.testResource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplyFilesTest {

    static final List<CogFiles.CogCommune> COMMUNES = CogFiles.communes(shippedReference().resolve("communes_2026.csv"));

    /** Rows by establishment id, each as a list in {@link ReferenceColumns#SUPPLY} order. */
    static Map<String, List<Object>> byId(TableData data) {
        return data.rows().stream().map(Arrays::asList)
                .collect(Collectors.toMap(row -> (String) row.get(0), Function.identity()));
    }

    @Test
    void readsTheFinessExtractLayoutInLatin1() {
        TableData data = new SupplyFiles(COMMUNES).read(List.of(testResource("finess_etablissements_extract.csv")),
                List.of(testResource("finess_equipements_extract.csv"), testResource("capacities.csv")));
        Map<String, List<Object>> rows = byId(data);
        assertThat(rows).hasSize(9);
        // id, legal entity, name (long form, accents decoded from Latin-1), categetab, label, category, public,
        // places (80 + 12, the withdrawn 10 not counted), commune, département, Lambert-93 x/y.
        assertThat(rows.get("470000001")).containsExactly("470000001", "470000100", "RÉSIDENCE LES ÉGLANTINES", "500",
                "Etablissement d'hébergement pour personnes âgées dépendantes", "EHPAD", "personnes_agees", 92,
                "47001", "47", 497512.3, 6345678.9);
        assertThat(rows.get("470000002")).containsSubsequence("SAVS", "adultes_handicapes", 30, "47157", "47");
        assertThat(rows.get("470000002").get(2)).isEqualTo("SERVICE D’ACCOMPAGNEMENT À LA VIE SOCIALE");
        assertThat(rows.get("470000003").get(2)).isEqualTo("SAMSAH VILLENEUVE");
        assertThat(rows.get("470000003").get(5)).isEqualTo("SAMSAH");
        assertThat(rows.get("470000004").get(5)).isEqualTo("IME");
        assertThat(rows.get("470000004").get(6)).isEqualTo("enfants_handicapes");
        assertThat(rows.get("2A0000005")).containsSubsequence("MAS", "adultes_handicapes", null, "2A004", "2A");
        // Overseas: FINESS département 9A is Guadeloupe (971), the commune is 97 + its number.
        assertThat(rows.get("970000007")).containsSubsequence("97101", "971");
        // Saint-Barthélemy keeps its old Guadeloupe number (97123) in FINESS: not a COG 2026 commune.
        assertThat(rows.get("970000008").get(8)).isNull();
        assertThat(rows.get("970000008").get(9)).isEqualTo("971");
        // A Paris arrondissement (75112) and a Lyon one (69383) are mapped to their commune.
        assertThat(rows.get("750000009")).containsSubsequence("RESIDENCE_ACCUEIL", "personnes_precaires");
        assertThat(rows.get("750000009").get(8)).isEqualTo("75056");
        assertThat(rows.get("690000006")).containsSubsequence("OTHER", null, null, "69123", "69");
        assertThat(data.notes()).contains(
                "finess_etablissements_extract.csv: FINESS extract of 2026-05-12 (windows-1252)",
                "finess_etablissements_extract.csv: 9 FINESS établissements, 3 with Lambert-93 coordinates",
                "establishments without capacity: 7 of 9",
                "finess_etablissements_extract.csv: 2 établissements of categories outside the crosswalk kept as OTHER");
    }

    @Test
    void readsPlainSupplyFilesInEitherDelimiterAndEncoding() {
        TableData data = new SupplyFiles(COMMUNES).read(
                List.of(testResource("supply_plain_utf8.csv"), testResource("supply_plain_latin1.csv")), List.of());
        Map<String, List<Object>> rows = byId(data);
        assertThat(rows.get("PLAIN-001")).containsExactly("PLAIN-001", null, "Résidence accueil « Les Tilleuls »",
                null, "Résidence accueil", "RESIDENCE_ACCUEIL", "personnes_precaires", 25, "47001", "47", null, null);
        assertThat(rows.get("PLAIN-002")).containsSubsequence("HABITAT_INCLUSIF", "adultes_handicapes", 8, "47195", "47");
        // A FINESS code in a plain file goes through the crosswalk; "nd" places is a missing value.
        assertThat(rows.get("PLAIN-003")).containsSubsequence("500", null, "EHPAD", "personnes_agees", null, "47157");
        assertThat(rows.get("PLAIN-004")).containsSubsequence("OTHER", "aidants");
        assertThat(rows.get("PLAIN-101")).containsSubsequence("Foyer de vie Les Côteaux", null, "Foyer de vie",
                "FOYER_VIE_HEBERGEMENT", "adultes_handicapes", 40, "2B033", "2B");
        assertThat(rows.get("PLAIN-102")).containsSubsequence("SESSAD Saint-Étienne", "182", null, "SESSAD");
        assertThat(data.notes()).contains("supply_plain_latin1.csv: 2 establishments (plain CSV, windows-1252)",
                "establishments without capacity: 3 of 6");
    }

    @Test
    void rejectsAPlainFileWithAnUnknownCommuneNamingFileLineAndValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("supply.csv");
        Files.writeString(file, "establishment_id;name;category;commune_code\nA;EHPAD A;EHPAD;47001\nB;EHPAD B;EHPAD;47999\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SupplyFiles(COMMUNES).read(List.of(file), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("supply.csv line 3, field commune_code: cannot use '47999': not a current commune of the COG");
    }

    @Test
    void rejectsAnEstablishmentListedTwice(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("supply.csv");
        Files.writeString(file, "establishment_id;name;category;commune_code\nA;EHPAD A;EHPAD;47001\nA;EHPAD B;EHPAD;47001\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SupplyFiles(COMMUNES).read(List.of(file), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("listed twice (first on line 2)");
    }

    @Test
    void everyFinessCategoryOfTheCrosswalkNamesAKnownPublic() {
        SupplyCategories categories = new SupplyCategories();
        for (String code : List.of("500", "354", "209", "460", "183", "182", "255", "437", "448", "246", "446", "445",
                "382", "449", "258", "189", "190")) {
            SupplyCategories.Category category = categories.finess(code).orElseThrow();
            assertThat(fr.observatoire.vocabulary.Public.parse(category.publicCode())).as(code).isPresent();
        }
    }
}
