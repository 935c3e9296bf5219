package fr.observatoire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    /** Whether a check fed {@code bytes} cut at {@code split} (a sequence may be cut) finds them all UTF-8. */
    private static boolean checkedInTwoChunks(byte[] bytes, int split) {
        Utf8Check check = new Utf8Check();
        check.update(bytes, split);
        byte[] rest = java.util.Arrays.copyOfRange(bytes, split, bytes.length);
        check.update(rest, rest.length);
        return check.valid();
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnSeededRandomBytesSplitAnywhere() {
        SplittableRandom random = new SplittableRandom(11);
        String sample = "aé€😀漢\u00a0";
        int accepted = 0;
        for (int round = 0; round < 5000; round++) {
            byte[] bytes;
            if (random.nextBoolean()) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(1, 12); i > 0; i--) {
                    text.append(sample.charAt(random.nextInt(sample.length())));
                }
                bytes = text.toString().replace("\ud83d", "").getBytes(StandardCharsets.UTF_8);
                if (random.nextInt(3) == 0 && bytes.length > 0) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            } else {
                bytes = new byte[random.nextInt(1, 8)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
            }
            boolean expected = jdkAccepts(bytes);
            assertThat(checkedInTwoChunks(bytes, random.nextInt(bytes.length + 1)))
                    .as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isBetween(1000, 4000);
    }

    @Test
    void agreesWithTheJdkDecoderOnMostlyAsciiTextWithABadByteAnywhere() {
        SplittableRandom random = new SplittableRandom(12);
        int accepted = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 60); i > 0; i--) {
                text.append(random.nextInt(6) == 0 ? "é€漢".charAt(random.nextInt(3)) : (char) random.nextInt(32, 127));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(128, 256);
            }
            boolean expected = jdkAccepts(bytes);
            assertThat(checkedInTwoChunks(bytes, random.nextInt(bytes.length + 1)))
                    .as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isBetween(1000, 2800);
    }

    @Test
    void refusesWindows1252AccentsAndOverlongForms() throws Exception {
        Utf8Check latin = new Utf8Check();
        byte[] bytes = "Évry".getBytes("windows-1252");
        latin.update(bytes, bytes.length);
        assertThat(latin.valid()).isFalse();
        Utf8Check overlong = new Utf8Check();
        overlong.update(new byte[] {(byte) 0xC0, (byte) 0xAF}, 2);
        assertThat(overlong.valid()).isFalse();
    }
}
