package fr.observatoire.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void encodesLikeTheJdkWhateverTheCharactersAndTheBufferSize() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "aZ09 ;,\"\n\r\téèàçÉ€«»’œ\u00a0\u202f😀𝄞漢";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(0, 300);
            while (text.length() < length) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c)) {
                    text.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Utf8Buffer buffer = new Utf8Buffer(bytes, random.nextInt(8, 64));
            buffer.text(text.toString()).ascii(',').quoted(text.toString()).ascii(',').number(-1234567890123L);
            buffer.close();
            String expected = text + ",\"" + text.toString().replace("\"", "\"\"") + "\",-1234567890123";
            assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}
