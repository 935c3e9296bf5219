package fr.observatoire.ingest.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSchemaTest {

    @Test
    void foldsAccentsCasePunctuationAndElisions() {
        assertThat(InputSchema.foldColumn("Date d'observation")).isEqualTo("date_observation");
        assertThat(InputSchema.foldColumn("DATE OBSERVATION")).isEqualTo("date_observation");
        assertThat(InputSchema.foldColumn("\uFEFFdate_observation")).isEqualTo("date_observation");
        assertThat(InputSchema.foldColumn("Délai (jours)")).isEqualTo("delai_jours");
    }

    @Test
    void dropsKoboGroupPrefixesButKeepsTheUnderscoreOfMetadata() {
        assertThat(InputSchema.foldColumn("identification/commune")).isEqualTo("commune");
        assertThat(InputSchema.foldColumn("meta/instanceID")).isEqualTo("instanceid");
        assertThat(InputSchema.foldColumn("_id")).isEqualTo("_id");
        assertThat(InputSchema.foldColumn("__version__")).isEqualTo("__version");
    }

    @Test
    void mapsAliasesAndSeparatesMetadataFromUnknownColumns() {
        ColumnMapping mapping = InputSchema.V1.map("f.csv", List.of("id", "_id", "Code INSEE", "CP", "Nombre personnes",
                "_uuid", "couleur", "start", "date", "observed_on"));
        assertThat(mapping.column(Field.OBSERVATION_ID)).isZero();
        assertThat(mapping.column(Field.COMMUNE)).isEqualTo(2);
        assertThat(mapping.column(Field.CODE_POSTAL)).isEqualTo(3);
        assertThat(mapping.column(Field.PERSONNES)).isEqualTo(4);
        assertThat(mapping.column(Field.DATE_OBSERVATION)).isEqualTo(8);
        assertThat(mapping.ignored()).containsExactly("_id", "start");
        assertThat(mapping.warnings()).containsExactly("f.csv: column '_uuid' ignored, 'id' already gives observation_id",
                "f.csv: unknown column 'couleur' ignored",
                "f.csv: column 'observed_on' ignored, 'date' already gives date_observation");
    }

    @Test
    void refusesEveryDirectIdentifierColumnNamingFileAndColumn() {
        for (String column : List.of("Nom", "Prénom", "nom_prenom", "NIR", "Numéro sécurité sociale", "num_secu",
                "Téléphone", "tel", "portable", "E-mail", "mail", "Courriel", "Adresse", "Date de naissance",
                "usager/nom_usager")) {
            assertThatThrownBy(() -> InputSchema.V1.map("liste.csv", List.of("date", column, "commune")))
                    .as(column).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("liste.csv, column '" + column + "': refused");
        }
    }

    @Test
    void keepsColumnsThatOnlyContainAnIdentifierWord() {
        ColumnMapping mapping = InputSchema.V1.map("f.csv", List.of("nom_commune", "telephone_structure_appelee"));
        assertThat(mapping.column(Field.COMMUNE)).isZero();
        assertThat(mapping.warnings()).hasSize(1);
    }
}
