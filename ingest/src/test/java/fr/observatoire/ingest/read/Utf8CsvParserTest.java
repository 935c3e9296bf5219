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
        return byBytes(bytes, bufferSize, headLength, false);
    }

    private static List<String> byBytes(byte[] bytes, int bufferSize, int headLength, boolean utf8Checked) {
        int head = Math.min(headLength, bytes.length);
        return parseAll(new Utf8CsvParser(FILE, bytes, 0, head,
                new ByteArrayInputStream(bytes, head, bytes.length - head), ';', bufferSize, utf8Checked));
    }

    private static byte[] randomCsv(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(0, 60); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
            byte[] bytes = randomCsv(random);
            List<String> expected = byChars(bytes);
            if (!expected.isEmpty() && expected.get(expected.size() - 1).startsWith("error")) {
                errors++;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(byBytes(bytes, random.nextInt(1, 40), random.nextInt(0, 20))).as(text).isEqualTo(expected);
            assertThat(byBytes(bytes, random.nextInt(1, 40), random.nextInt(0, 20), true)).as("trusted " + text)
                    .isEqualTo(expected);
        }
        assertThat(errors).as("files with an unclosed quote").isGreaterThan(100);
    }

    /**
     * A byte that is never UTF-8 (0xFF) put anywhere in random CSV: the records before the one holding it are read,
     * then the read fails naming the line that record starts on. The character parser, which reads the byte as a
     * replacement character, tells which record that is (rounds where the byte falls after a closing quote, where
     * it is dropped, are not compared).
     */
    @Test
    void namesTheLineOfTheRecordHoldingABadByteWhereverItIs() {
        SplittableRandom random = new SplittableRandom(20261124L);
        int compared = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] valid = randomCsv(random);
            int at = random.nextInt(0, valid.length + 1);
            byte[] bytes = new byte[valid.length + 1];
            System.arraycopy(valid, 0, bytes, 0, at);
            bytes[at] = (byte) 0xFF;
            System.arraycopy(valid, at, bytes, at + 1, valid.length - at);
            List<String> lenient = byChars(bytes);
            int bad = 0;
            while (bad < lenient.size() && !lenient.get(bad).contains("\uFFFD")) {
                bad++;
            }
            if (bad == lenient.size()) {
                continue;
            }
            List<String> expected = new ArrayList<>(lenient.subList(0, bad));
            String line = lenient.get(bad).substring(0, lenient.get(bad).indexOf(':'));
            expected.add("error random.csv line " + line + ": not valid UTF-8 (the encoding was detected from the"
                    + " start of the file); send the file in UTF-8 or force its encoding");
            assertThat(byBytes(bytes, random.nextInt(1, 40), random.nextInt(0, 20)))
                    .as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void aTrustedParserDoesNotCheckTheBytes() {
        byte[] bytes = {'a', ';', (byte) 0xE9, 'f', '\n'};
        Utf8CsvParser parser = new Utf8CsvParser(FILE, bytes, 0, 0, new ByteArrayInputStream(bytes), ';', 16, true);
        assertThat(parser.readRecord(2)).containsExactly("a", "\uFFFDf");
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
