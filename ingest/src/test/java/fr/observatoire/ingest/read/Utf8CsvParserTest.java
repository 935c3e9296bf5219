package fr.observatoire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level UTF-8 parser splits records exactly as the character parser does (values, line numbers, errors),
 * whatever the buffer size, so records and quoted fields cut by a refill are covered.
 */
class Utf8CsvParserTest {

    private static final Path FILE = Path.of("random.csv");
    private static final String[] PIECES = {"a", "Évry", "âgées", "😀", "漢", "1 200 €", ";", ",", "\"", "\"\"", "\n",
            "\r\n", "\r", " ", "x\"y", "\"q;\n\"", "\t", "’"};

    private static List<String> parseAll(CsvParser parser) {
        List<String> out = new ArrayList<>();
        try {
            while (true) {
                long line = parser.line();
                String[] values = parser.readRecord(3);
                if (values == null) {
                    return out;
                }
                out.add(line + ":" + Arrays.toString(values));
            }
        } catch (InvalidInputException e) {
            out.add("error " + e.getMessage());
            return out;
        }
    }

    private static List<String> byBytes(byte[] bytes, int bufferSize, int headLength) {
        int head = Math.min(headLength, bytes.length);
        return parseAll(new Utf8CsvParser(FILE, bytes, 0, head,
                new ByteArrayInputStream(bytes, head, bytes.length - head), ';', bufferSize));
    }

    private static List<String> byChars(byte[] bytes) {
        return parseAll(new CharCsvParser(FILE, new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8), "UTF-8", ';'));
    }

    @Test
    void splitsRandomCsvLikeTheCharacterParserWhateverTheBufferSize() {
        SplittableRandom random = new SplittableRandom(20261123L);
        int errors = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(0, 60); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            List<String> expected = byChars(bytes);
            if (!expected.isEmpty() && expected.get(expected.size() - 1).startsWith("error")) {
                errors++;
            }
            assertThat(byBytes(bytes, random.nextInt(1, 40), random.nextInt(0, 20))).as(text.toString())
                    .isEqualTo(expected);
        }
        assertThat(errors).as("files with an unclosed quote").isGreaterThan(100);
    }

    @Test
    void namesTheLineOfTheRecordHoldingBytesThatAreNotUtf8() {
        byte[] good = "a;b\nc;d\ne;".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xE9; // 'é' in Windows-1252
        bytes[good.length + 1] = 'f';
        bytes[good.length + 2] = '\n';
        Utf8CsvParser parser = new Utf8CsvParser(FILE, bytes, 0, 0, new ByteArrayInputStream(bytes), ';', 4);
        assertThat(parser.readRecord(2)).containsExactly("a", "b");
        assertThat(parser.readRecord(2)).containsExactly("c", "d");
        assertThatThrownBy(() -> parser.readRecord(2)).isInstanceOf(InvalidInputException.class)
                .hasMessage("random.csv line 3: not valid UTF-8 (the encoding was detected from the start of the"
                        + " file); send the file in UTF-8 or force its encoding");
    }

    @Test
    void aSequenceCutByTheEndOfTheFileIsNotUtf8() {
        byte[] bytes = {'a', ';', (byte) 0xC3};
        Utf8CsvParser parser = new Utf8CsvParser(FILE, bytes, 0, 0, new ByteArrayInputStream(bytes), ';', 16);
        assertThatThrownBy(() -> parser.readRecord(2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1: not valid UTF-8");
    }
}
