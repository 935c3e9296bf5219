package fr.observatoire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvObservationReaderTest {

    @TempDir
    Path dir;

    private List<RawRecord> readAll(Path file) {
        List<RawRecord> records = new ArrayList<>();
        try (ObservationReader reader = SourceFormat.detect(file, "auto").open(file, Optional.empty())) {
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void sniffsTheSeparatorFromTheHeaderIgnoringQuotedOnes() throws Exception {
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "\"a;b\",c,d\n1,\"2;3\",4\n");
        try (ObservationReader reader = SourceFormat.CSV.open(file, Optional.empty())) {
            assertThat(reader.columns()).containsExactly("a;b", "c", "d");
            assertThat(reader.next().values()).containsExactly("1", "2;3", "4");
        }
    }

    @Test
    void keepsPhysicalLineNumbersAcrossQuotedNewlinesAndBlankLines() throws Exception {
        Path file = dir.resolve("b.csv");
        Files.writeString(file, "x;y\n1;\"a\nb\nc\"\n\n2;z\r\n3;\"\"\"q\"\"\"");
        List<RawRecord> records = readAll(file);
        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 6L, 7L);
        assertThat(records.get(0).values()).containsExactly("1", "a\nb\nc");
        assertThat(records.get(2).values()).containsExactly("3", "\"q\"");
    }

    @Test
    void readsFieldsLongerThanTheReadBuffer() throws Exception {
        Path file = dir.resolve("c.csv");
        String longText = "é".repeat(200_000);
        Files.writeString(file, "x;y\n" + longText + ";\"" + longText + "\"\nend;1\n");
        List<RawRecord> records = readAll(file);
        assertThat(records.get(0).values()).containsExactly(longText, longText);
        assertThat(records.get(1).values()).containsExactly("end", "1");
    }

    @Test
    void detectsWindows1252AndUtf8() throws Exception {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "commune;public\nÉvry;âgées\n".getBytes("windows-1252"));
        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, "commune;public\nÉvry;âgées\n".getBytes(StandardCharsets.UTF_8));
        for (Path file : List.of(latin, utf8)) {
            assertThat(readAll(file).get(0).values()).containsExactly("Évry", "âgées");
        }
        try (ObservationReader reader = SourceFormat.CSV.open(latin, Optional.empty())) {
            assertThat(reader.encoding()).isEqualTo("windows-1252");
        }
    }

    @Test
    void namesTheLineWhenBytesAfterTheSniffedStartAreNotUtf8() throws Exception {
        Path file = dir.resolve("late.csv");
        byte[] head = ("a;b\n" + "x;y\n".repeat(400_000)).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "é;z\n".getBytes("windows-1252");
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(file, all);
        assertThatThrownBy(() -> readAll(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("late.csv line").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void readsTheGoldenFilesAlikeWhetherTheParserChecksTheBytesOrTrustsTheCaller() throws Exception {
        Path golden = Path.of("src", "test", "resources", "golden");
        List<Path> files;
        try (Stream<Path> all = Files.walk(golden)) {
            files = all.filter(f -> f.getFileName().toString().endsWith(".csv") && f.getParent().endsWith("input"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        int nonAscii = 0;
        for (Path file : files) {
            List<String> checked = describe(file, false);
            assertThat(describe(file, true)).as(file.toString()).isEqualTo(checked);
            nonAscii += checked.stream().anyMatch(r -> r.chars().anyMatch(c -> c > 0x7F)) ? 1 : 0;
        }
        assertThat(nonAscii).as("golden files with accented values").isGreaterThanOrEqualTo(2);
    }

    /** Every record of {@code file} as text: line, columns, values, problem. */
    private static List<String> describe(Path file, boolean utf8Checked) {
        List<String> out = new ArrayList<>();
        try (ObservationReader reader = SourceFormat.CSV.open(file, Optional.empty(), utf8Checked)) {
            out.add(reader.encoding() + " " + reader.columns());
            for (RawRecord r = reader.next(); r != null; r = reader.next()) {
                out.add(r.line() + " " + r.columns() + " " + Arrays.toString(r.values()) + " " + r.malformed());
            }
        }
        return out;
    }

    @Test
    void checksTheBytesUnlessTheCallerSaysTheFileIsUtf8() throws Exception {
        Path file = dir.resolve("mixed.csv");
        byte[] head = "commune;public\nÉvry;âgées\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Sète;âgées\n".getBytes("windows-1252");
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(file, all);
        Optional<Charset> utf8 = Optional.of(StandardCharsets.UTF_8);
        for (ObservationReader checking : List.of(SourceFormat.CSV.open(file, utf8),
                SourceFormat.CSV.open(file, utf8, false))) {
            try (ObservationReader reader = checking) {
                assertThat(reader.next().values()).containsExactly("Évry", "âgées");
                assertThatThrownBy(reader::next).isInstanceOf(InvalidInputException.class)
                        .hasMessage("mixed.csv line 3: not valid UTF-8 (the encoding was detected from the start of"
                                + " the file); send the file in UTF-8 or force its encoding");
            }
        }
        try (ObservationReader trusting = SourceFormat.CSV.open(file, utf8, true)) {
            assertThat(trusting.next().values()).containsExactly("Évry", "âgées");
            assertThat(trusting.next().values()).containsExactly("S\uFFFDte", "\uFFFDg\uFFFDes");
        }
    }

    @Test
    void detectsFormatsByExtensionThenByContent() throws Exception {
        Path json = dir.resolve("export.data");
        Files.writeString(json, "{\"a\":1}\n");
        Path csv = dir.resolve("export.dat");
        Files.writeString(csv, "a;b\n");
        assertThat(SourceFormat.detect(json, "auto")).isEqualTo(SourceFormat.JSONL);
        assertThat(SourceFormat.detect(csv, "auto")).isEqualTo(SourceFormat.CSV);
        assertThat(SourceFormat.detect(dir.resolve("x.xlsx"), "auto")).isEqualTo(SourceFormat.XLSX);
        assertThat(SourceFormat.detect(json, "csv")).isEqualTo(SourceFormat.CSV);
    }
}
