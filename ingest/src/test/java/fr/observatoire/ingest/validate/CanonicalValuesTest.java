package fr.observatoire.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.read.RawRecord;
import fr.observatoire.ingest.redact.RedactionKind;
import fr.observatoire.ingest.redact.Redactor;
import fr.observatoire.ingest.schema.ColumnMapping;
import fr.observatoire.ingest.schema.InputSchema;
import fr.observatoire.reference.Territories;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Equal values of coded and low-cardinality fields come out of the validator as one String instance, whatever
 * instances the reader made: the writer dictionary-encodes these columns and compares instances first. Every raw value
 * here is a fresh String, as the CSV reader gives.
 */
class CanonicalValuesTest {

    private static final Path REFERENCE = Path.of("..", "data-samples", "reference").toAbsolutePath().normalize();
    private static final List<String> COLUMNS = List.of("date_observation", "commune", "departement", "groupe_acteur",
            "contributeur", "public", "domaine", "type_observation", "description", "version_formulaire");

    private static Territories territories;
    private static CommuneCodes communes;
    private final ColumnMapping mapping = InputSchema.V1.map("canonical.csv", COLUMNS);
    private final BatchDefaults batch = new BatchDefaults("canonical.csv", "0123456789abcdef0123456789abcdef",
            SourceGroup.PROFESSIONNEL, "batch contributor", Optional.empty(), Optional.empty(),
            Instant.parse("2026-01-01T00:00:00Z"), false);

    @BeforeAll
    static void load() {
        territories = Territories.fromCsv(REFERENCE.resolve("communes_2026.csv"),
                REFERENCE.resolve("codes_postaux_2026.csv"), REFERENCE.resolve("departements_2026.csv"));
        communes = new CommuneCodes(territories);
    }

    /** A row of fresh Strings, in {@link #COLUMNS} order. */
    private static RawRecord row(long line, String... values) {
        String[] fresh = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            fresh[i] = values[i] == null ? null : new String(values[i].toCharArray());
        }
        return new RawRecord(line, COLUMNS, fresh, null);
    }

    private static Observation valid(Validated validated) {
        assertThat(validated).isInstanceOf(Validated.Valid.class);
        return ((Validated.Valid) validated).observation();
    }

    @Test
    void equalValuesOfTwoRowsAreTheSameInstance() {
        ObservationValidator validator = new ObservationValidator(communes, new Redactor(), batch);
        int[] redactions = new int[RedactionKind.values().length];
        // Two communes of one EPCI (CC de la Dombes), one département (01) and one région (84); the vocabulary
        // written once as its code and once as its label.
        Observation first = valid(validator.validate(row(2, "2024-03-01", "01001", null, "professionnel",
                "CCAS de Bourg", "personnes_agees", "acces_droits", "besoin_non_couvert", "Texte", "v3"),
                mapping, redactions));
        Observation second = valid(validator.validate(row(3, "30/11/2024", "01028", null, "Professionnels",
                " CCAS de Bourg ", "Personnes âgées", "Accès aux droits", "besoin_non_couvert", "Texte", "v3"),
                mapping, redactions));

        assertThat(second.departementCode()).isEqualTo("01").isSameAs(first.departementCode());
        assertThat(second.regionCode()).isEqualTo("84").isSameAs(first.regionCode());
        assertThat(second.epciCode()).isEqualTo("200069193").isSameAs(first.epciCode());
        assertThat(second.territoryPrecision()).isSameAs(first.territoryPrecision());
        assertThat(second.sourceGroup()).isEqualTo("professionnel").isSameAs(first.sourceGroup());
        assertThat(second.publicCode()).isEqualTo("personnes_agees").isSameAs(first.publicCode());
        assertThat(second.needDomain()).isSameAs(first.needDomain());
        assertThat(second.kind()).isSameAs(first.kind());
        assertThat(second.period()).isEqualTo("2024").isSameAs(first.period());
        assertThat(second.contributor()).isEqualTo("CCAS de Bourg").isSameAs(first.contributor());
        assertThat(second.formVersion()).isEqualTo("v3").isSameAs(first.formVersion());

        Observation again = valid(validator.validate(row(4, "2025-01-02", "01001", null, "professionnel",
                "CCAS de Bourg", "personnes_agees", "acces_droits", "besoin_non_couvert", "Texte", "v3"),
                mapping, redactions));
        assertThat(again.communeCode()).isEqualTo("01001").isSameAs(first.communeCode());
    }

    @Test
    void aDepartementAloneGivesTheInstanceItsCommunesHold() {
        ObservationValidator validator = new ObservationValidator(communes, new Redactor(), batch);
        int[] redactions = new int[RedactionKind.values().length];
        Observation commune = valid(validator.validate(row(2, "2024-03-01", "01001", null, null, null,
                "familles", "acces_droits", "besoin_non_couvert", null, null), mapping, redactions));
        Observation departement = valid(validator.validate(row(3, "2024-03-01", null, "1", null, null,
                "familles", "acces_droits", "besoin_non_couvert", null, null), mapping, redactions));

        assertThat(departement.territoryPrecision()).isEqualTo("departement");
        assertThat(departement.departementCode()).isEqualTo("01").isSameAs(commune.departementCode());
        assertThat(departement.regionCode()).isSameAs(commune.regionCode());
        assertThat(territories.departement(new String("2A".toCharArray()))).containsSame(
                territories.commune("2A004").orElseThrow().departementCode());
    }

    @Test
    void theValidatorsOfTwoChunksGiveTheSameContributorAndFormVersion() {
        Redactor redactor = new Redactor();
        int[] redactions = new int[RedactionKind.values().length];
        Observation first = valid(new ObservationValidator(communes, redactor, batch).validate(row(2, "2024-03-01",
                "01001", null, null, "Association Les Tilleuls", "familles", "acces_droits", "besoin_non_couvert",
                null, "2025-06"), mapping, redactions));
        Observation second = valid(new ObservationValidator(communes, redactor, batch).validate(row(4097,
                "2024-03-01", "01001", null, null, "Association Les Tilleuls", "familles", "acces_droits",
                "besoin_non_couvert", null, "2025-06"), mapping, redactions));

        assertThat(second.contributor()).isSameAs(first.contributor());
        assertThat(second.formVersion()).isSameAs(first.formVersion());
    }

    @Test
    void aContributorRedactedOnceIsCountedOnEveryRow() {
        ObservationValidator validator = new ObservationValidator(communes, new Redactor(), batch);
        int[] redactions = new int[RedactionKind.values().length];
        Observation first = valid(validator.validate(row(2, "2024-03-01", "01001", null, null, "Mme Martin, CCAS",
                "familles", "acces_droits", "besoin_non_couvert", null, null), mapping, redactions));
        Observation second = valid(validator.validate(row(3, "2024-03-01", "01001", null, null, "Mme Martin, CCAS",
                "familles", "acces_droits", "besoin_non_couvert", null, null), mapping, redactions));

        assertThat(first.contributor()).isEqualTo("Mme [NOM], CCAS");
        assertThat(second.contributor()).isSameAs(first.contributor());
        assertThat(first.redactions()).isEqualTo(1);
        assertThat(second.redactions()).isEqualTo(1);
        assertThat(redactions[RedactionKind.NOM.ordinal()]).isEqualTo(2);
    }
}
