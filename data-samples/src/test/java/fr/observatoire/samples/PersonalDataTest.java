package fr.observatoire.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void nirKeysAreValid() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 2_000; i++) {
            String nir = PersonalData.nir(random, random.nextBoolean()).replace(" ", "");
            assertThat(nir).matches("[12]\\d{14}");
            long body = Long.parseLong(nir.substring(0, 13));
            int key = Integer.parseInt(nir.substring(13));
            assertThat(key).as(nir).isEqualTo(97 - body % 97);
        }
    }

    @Test
    void nirKeyOfCorsicaReplacesTheLetters() {
        // 2A is counted as 19 and 2B as 18 before taking the remainder.
        assertThat(PersonalData.nirKey("185022A004123")).isEqualTo(97 - 1850219004123L % 97);
        assertThat(PersonalData.nirKey("185022B004123")).isEqualTo(97 - 1850218004123L % 97);
    }

    @Test
    void ibansAreFr76WithAValidCheck() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 500; i++) {
            String iban = PersonalData.iban(random, random.nextBoolean()).replace(" ", "");
            assertThat(iban).matches("FR76\\d{23}");
            String rearranged = iban.substring(4) + "1527" + iban.substring(2, 4);
            assertThat(new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue()).as(iban).isEqualTo(1);
        }
    }

    @Test
    void phoneNumbersComeInSeveralSpellings() {
        SplittableRandom random = new SplittableRandom(3);
        java.util.Set<String> shapes = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            shapes.add(PersonalData.phone(random).replaceAll("\\d", "9"));
        }
        assertThat(shapes).contains("99 99 99 99 99", "99.99.99.99.99", "9999999999", "+99 9 99 99 99 99",
                "99999999999999".substring(0, 13));
    }
}
