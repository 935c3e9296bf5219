package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CogFilesTest {

    @Test
    void readsInseesOwnCommuneLayoutKeepingOnlyCommunes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("v_commune_2026.csv");
        Files.writeString(file, """
                TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT
                COM,01001,84,01,01D,012,5,ABERGEMENT CLEMENCIAT,Abergement-Clémenciat,L'Abergement-Clémenciat,0108,
                COM,75056,11,75,75C,751,0,PARIS,Paris,Paris,7599,
                ARM,75101,11,75,75C,751,0,PARIS 1ER ARRONDISSEMENT,Paris 1er Arrondissement,Paris 1er Arrondissement,7599,75056
                COMD,01015,84,01,01D,011,1,ARBIGNIEU,Arbignieu,Arbignieu,,01015
                """, StandardCharsets.UTF_8);
        assertThat(CogFiles.communes(file)).extracting(CogFiles.CogCommune::code, CogFiles.CogCommune::name,
                        CogFiles.CogCommune::departementCode, CogFiles.CogCommune::epciCode,
                        CogFiles.CogCommune::population)
                .containsExactly(tuple("01001", "L'Abergement-Clémenciat", "01", null, null),
                        tuple("75056", "Paris", "75", null, null));
    }

    @Test
    void rejectsAMalformedCommuneCodeNamingFileLineAndValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("communes.csv");
        Files.writeString(file, "code_insee,nom,code_departement,code_region\n01001,A,01,84\n2C001,B,2C,94\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CogFiles.communes(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("communes.csv line 3, field code_insee: cannot use '2C001': not a COG commune code");
    }
}
