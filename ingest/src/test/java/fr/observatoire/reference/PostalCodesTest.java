package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.observatoire.reference.ReferenceFixtures.shippedReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostalCodesTest {

    @Test
    void readsTheShippedPairs() {
        Map<String, List<String>> codes = PostalCodes.read(shippedReference().resolve("codes_postaux_2026.csv"));
        assertThat(codes.get("47001")).containsExactly("47000");
        assertThat(codes.get("2A004")).containsExactly("20000", "20090", "20167");
        assertThat(codes).doesNotContainKey("75101");
    }

    @Test
    void readsLaPostesLayoutInLatin1AndDeduplicatesItsDeliveryLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("laposte_hexasmal.csv");
        Files.write(file, ("Code_commune_INSEE;Nom_de_la_commune;Code_postal;Ligne_5;Libellé_d_acheminement\n"
                + "01001;L ABERGEMENT CLEMENCIAT;01400;;L ABERGEMENT CLEMENCIAT\n"
                + "47001;AGEN;47000;;AGEN\n47001;AGEN;47000;LABARTHE;AGEN\n").getBytes(StandardCharsets.ISO_8859_1));
        Map<String, List<String>> codes = PostalCodes.read(file);
        assertThat(codes.get("47001")).containsExactly("47000");
        assertThat(codes.get("01001")).containsExactly("01400");
    }

    @Test
    void rejectsAPostalCodeThatIsNotFiveDigits(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cp.csv");
        Files.writeString(file, "code_insee,code_postal\n47001,47000\n01001,1400\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PostalCodes.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("cp.csv line 3, field code_postal: cannot use '1400': not a 5-digit postal code");
    }
}
