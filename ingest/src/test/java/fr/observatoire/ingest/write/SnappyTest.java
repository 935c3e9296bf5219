package fr.observatoire.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SnappyTest {

    private static final int BLOCK = 1 << 16;
    private static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();

    /** The format's reference decoder, written from the format description: varint length, literals and copies. */
    static byte[] decompress(byte[] in, int length) {
        int at = 0;
        long expected = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in[at++] & 0xFF;
            expected |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[(int) expected];
        int size = 0;
        while (at < length) {
            int tag = in[at++] & 0xFF;
            int kind = tag & 3;
            if (kind == 0) {
                int n = tag >>> 2;
                if (n >= 60) {
                    int bytes = n - 59;
                    n = 0;
                    for (int i = 0; i < bytes; i++) {
                        n |= (in[at++] & 0xFF) << (8 * i);
                    }
                }
                n++;
                System.arraycopy(in, at, buffer, size, n);
                at += n;
                size += n;
            } else {
                int n;
                int offset;
                if (kind == 1) {
                    n = ((tag >>> 2) & 7) + 4;
                    offset = ((tag >>> 5) << 8) | (in[at++] & 0xFF);
                } else if (kind == 2) {
                    n = (tag >>> 2) + 1;
                    offset = (in[at] & 0xFF) | (in[at + 1] & 0xFF) << 8;
                    at += 2;
                } else {
                    n = (tag >>> 2) + 1;
                    offset = (in[at] & 0xFF) | (in[at + 1] & 0xFF) << 8 | (in[at + 2] & 0xFF) << 16
                            | (in[at + 3] & 0xFF) << 24;
                    at += 4;
                }
                assertThat(offset).isBetween(1, size);
                for (int i = 0; i < n; i++) {
                    buffer[size] = buffer[size - offset];
                    size++;
                }
            }
        }
        assertThat(size).isEqualTo(expected);
        out.write(buffer, 0, size);
        return out.toByteArray();
    }

    private static byte[] compress(Snappy snappy, byte[] source, int from, int length) {
        Bytes out = new Bytes(16);
        snappy.compress(source, from, length, out);
        return Arrays.copyOf(out.array(), out.size());
    }

    private static byte[] compress(byte[] input) {
        return compress(new Snappy(), input, 0, input.length);
    }

    /** Decodes {@code compressed} with the decoder above and with Google's (snappy-java), both must give back the input. */
    private static void assertDecodesTo(byte[] compressed, byte[] input) {
        assertThat(decompress(compressed, compressed.length)).isEqualTo(input);
        try {
            assertThat(org.xerial.snappy.Snappy.isValidCompressedBuffer(compressed)).isTrue();
            assertThat(org.xerial.snappy.Snappy.uncompress(compressed)).isEqualTo(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] assertRoundTrip(byte[] input) {
        byte[] compressed = compress(input);
        assertDecodesTo(compressed, input);
        return compressed;
    }

    /** Bytes of a 32-bit maximal-length LFSR: no 4 consecutive bytes occur twice, so nothing can be copied. */
    private static byte[] withoutRepeats(int length) {
        byte[] bytes = new byte[length];
        int state = 1;
        for (int i = 0; i < length; i++) {
            int value = 0;
            for (int bit = 0; bit < 8; bit++) {
                int out = state & 1;
                state >>>= 1;
                if (out != 0) {
                    state ^= 0x80200003;
                }
                value = (value << 1) | out;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static byte[] periodic(byte[] unit, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = unit[i % unit.length];
        }
        return bytes;
    }

    private static int varintSize(int value) {
        return (32 - Integer.numberOfLeadingZeros(value | 1) + 6) / 7;
    }

    @Test
    void decompressesToTheInputWhateverItsSizeAndRedundancy() {
        SplittableRandom random = new SplittableRandom(11);
        String[] words = {"Manque de places", " 06 12 34 56 78", "é", "😀", ";", "aaaaaaaa", "\u0000", "EHPAD "};
        for (int round = 0; round < 300; round++) {
            int size = round < 40 ? round : random.nextInt(0, round % 10 == 0 ? 300_000 : 5_000);
            byte[] input;
            if (round % 3 == 0) {
                input = new byte[size];
                random.nextBytes(input);
            } else {
                StringBuilder text = new StringBuilder();
                while (text.length() < size) {
                    text.append(words[random.nextInt(round % 2 == 0 ? 2 : words.length)]);
                }
                input = text.toString().getBytes(StandardCharsets.UTF_8);
            }
            assertRoundTrip(input);
        }
    }

    @Test
    void compressesRepetitiveColumnsAndLongRuns() {
        byte[] zeros = new byte[1 << 20];
        assertThat(assertRoundTrip(zeros).length).isLessThan(zeros.length / 20);
    }

    @Test
    void encodesInputWithoutRepeatsAsOneLiteralPerBlockWithTheShortestTag() {
        byte[] unique = withoutRepeats(2 * BLOCK + 2);
        int[] lengths = {0, 1, 2, 3, 4, 5, 14, 15, 16, 17, 18, 59, 60, 61, 62, 255, 256, 257, 258, 4095, 4096,
            BLOCK - 1, BLOCK, BLOCK + 1, BLOCK + 15, BLOCK + 16, BLOCK + 61, BLOCK + 257, 2 * BLOCK, 2 * BLOCK + 2};
        for (int length : lengths) {
            byte[] input = Arrays.copyOf(unique, length);
            int expected = varintSize(length);
            for (int block = 0; block < length; block += BLOCK) {
                int literal = Math.min(BLOCK, length - block);
                expected += literal + (literal <= 60 ? 1 : literal <= 256 ? 2 : 3);
            }
            assertThat(assertRoundTrip(input)).as("%d bytes", length).hasSize(expected);
        }
    }

    @Test
    void repeatsOfEveryPeriodAndLengthRoundTripAsCopies() {
        byte[] unique = withoutRepeats(40_000);
        int[] periods = {255, 256, 257, 2047, 2048, 2049, 4096, 30_000};
        List<byte[]> units = new ArrayList<>();
        for (int period = 1; period <= 80; period++) {
            units.add(Arrays.copyOf(unique, period));
        }
        for (int period : periods) {
            units.add(Arrays.copyOfRange(unique, 1000, 1000 + period));
        }
        for (byte[] unit : units) {
            for (int extra = 0; extra <= 70; extra += unit.length < 80 ? 1 : 7) {
                int length = Math.max(3 * unit.length, 200) + extra;
                assertRoundTrip(periodic(unit, length));
            }
            byte[] repeated = periodic(unit, 3 * BLOCK + 5);
            byte[] compressed = assertRoundTrip(repeated);
            if (unit.length <= 4096) {
                assertThat(compressed.length).as("period %d", unit.length).isLessThan(repeated.length / 5);
            }
        }
    }

    @Test
    void neverCopiesAcrossBlocksEvenWhenTheNextBlockRepeatsThePreviousOne() {
        byte[] unique = withoutRepeats(BLOCK + 100);
        for (int period : new int[] {BLOCK - 100, BLOCK - 1, BLOCK, BLOCK + 1, BLOCK + 100}) {
            assertRoundTrip(periodic(Arrays.copyOf(unique, period), 3 * BLOCK + 7));
        }
    }

    @Test
    void roundTripsTextWithMatchesAtEveryDistanceFromTheEndOfABlock() {
        byte[] phrase = "Rupture de parcours à la sortie de l'ASE, aucun relais pour le logement. "
                .getBytes(StandardCharsets.UTF_8);
        byte[] unique = withoutRepeats(BLOCK);
        for (int tail = 0; tail <= 40; tail++) {
            byte[] input = new byte[BLOCK];
            int repeatAt = BLOCK - tail - phrase.length;
            System.arraycopy(unique, 0, input, 0, BLOCK);
            System.arraycopy(phrase, 0, input, 100, phrase.length);
            System.arraycopy(phrase, 0, input, repeatAt, phrase.length);
            assertRoundTrip(input);
            assertRoundTrip(Arrays.copyOf(input, BLOCK - tail));
            assertRoundTrip(Arrays.copyOf(input, BLOCK + 1 + tail));
        }
    }

    @Test
    void readsNothingOutsideTheRangeItIsGiven() {
        byte[] unit = "EHPAD Les Tilleuls;".getBytes(StandardCharsets.UTF_8);
        byte[] unique = withoutRepeats(300);
        Snappy snappy = new Snappy();
        for (int length = 0; length <= 300; length++) {
            for (int from : new int[] {0, 1, 7, 64}) {
                // The bytes around the range repeat it: a match running past either end would find them equal.
                byte[] source = periodic(unit, from + length + 64);
                System.arraycopy(unique, 0, source, from, Math.min(length, 20));
                byte[] range = Arrays.copyOfRange(source, from, from + length);
                assertDecodesTo(compress(snappy, source, from, length), range);
                byte[] atEnd = Arrays.copyOfRange(source, 0, from + length);
                assertDecodesTo(compress(snappy, atEnd, from, length), range);
            }
        }
    }

    @Test
    void givesTheSameOutputWhateverTheSameInstanceCompressedBefore() {
        SplittableRandom random = new SplittableRandom(3);
        Snappy reused = new Snappy();
        byte[] text = "Manque de places en EHPAD, 06 12 34 56 78, délai de 14 mois. ".repeat(4000)
                .getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 60; round++) {
            int length = random.nextInt(0, round % 5 == 0 ? text.length : 3 * BLOCK);
            byte[] input = round % 2 == 0 ? Arrays.copyOf(text, Math.min(length, text.length)) : new byte[length];
            if (round % 3 == 0) {
                for (int i = 0; i < input.length / 50; i++) {
                    input[random.nextInt(input.length)] = (byte) random.nextInt();
                }
            }
            byte[] fresh = compress(new Snappy(), input, 0, input.length);
            assertThat(compress(reused, input, 0, input.length)).isEqualTo(fresh);
            assertDecodesTo(fresh, input);
        }
    }

    @Test
    void compressesTheCommittedSamplesAndReferenceFilesAboutAsWellAsGooglesSnappy() throws IOException {
        List<Path> files;
        try (Stream<Path> observations = Files.list(SAMPLES.resolve("observations"))) {
            files = new ArrayList<>(observations.sorted().toList());
        }
        files.add(SAMPLES.resolve("reference").resolve("communes_2026.csv"));
        files.add(SAMPLES.resolve("reference").resolve("departements-avec-outre-mer-simplifie.geojson"));
        assertThat(files).hasSizeGreaterThan(10);
        long ours = 0;
        long google = 0;
        for (Path file : files) {
            byte[] input = Files.readAllBytes(file);
            byte[] compressed = assertRoundTrip(input);
            int reference = org.xerial.snappy.Snappy.compress(input).length;
            assertThat(compressed.length).as("%s", file).isLessThanOrEqualTo(reference + reference / 20 + 8);
            ours += compressed.length;
            google += reference;
        }
        assertThat(ours).isLessThanOrEqualTo(google + google / 20);
    }

    @Test
    void rejectsARangeOutsideTheSource() {
        byte[] source = new byte[10];
        Bytes out = new Bytes(16);
        assertThatThrownBy(() -> new Snappy().compress(source, 4, 7, out))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new Snappy().compress(source, -1, 2, out))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(out.size()).isZero();
    }
}
