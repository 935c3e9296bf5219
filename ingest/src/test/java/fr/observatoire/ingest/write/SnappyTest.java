package fr.observatoire.ingest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SnappyTest {

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

    private static void assertRoundTrip(byte[] input) {
        Bytes out = new Bytes(16);
        new Snappy().compress(input, 0, input.length, out);
        assertThat(decompress(Arrays.copyOf(out.array(), out.size()), out.size())).isEqualTo(input);
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
        Bytes out = new Bytes(16);
        new Snappy().compress(zeros, 0, zeros.length, out);
        assertThat(out.size()).isLessThan(zeros.length / 20);
        assertRoundTrip(zeros);
    }
}
