package fr.observatoire.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample set is exactly what the generator writes. To write it again after a deliberate change:
 * {@code mvn -q -pl data-samples -am test -Dtest=CommittedSamplesTest -Dsamples.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, then review the diff.
 */
class CommittedSamplesTest {

    static final Path MODULE = Path.of("");
    static final List<String> FOLDERS = List.of("observations", "manifests", "supply");

    @Test
    void committedSamplesRegenerateByteIdentically(@TempDir Path regenerated) throws IOException {
        if (Boolean.getBoolean("samples.write")) {
            for (String folder : FOLDERS) {
                deleteFiles(MODULE.resolve(folder));
            }
            CommittedSamples.write(Path.of("reference"), MODULE.toAbsolutePath());
        }
        CommittedSamples.Written written = CommittedSamples.write(Path.of("reference"), regenerated);

        for (String folder : FOLDERS) {
            List<String> expected = names(regenerated.resolve(folder));
            assertThat(names(MODULE.resolve(folder))).as("files of data-samples/%s", folder)
                    .containsExactlyElementsOf(expected);
            for (String name : expected) {
                Path committed = MODULE.resolve(folder).resolve(name);
                Path fresh = regenerated.resolve(folder).resolve(name);
                if (name.endsWith(".xlsx")) {
                    // Compared part by part: deflate output may differ between zlib builds, the content may not.
                    assertThat(parts(committed)).as(name).isEqualTo(parts(fresh));
                } else {
                    assertThat(Files.readAllBytes(committed)).as("data-samples/%s/%s", folder, name)
                            .isEqualTo(Files.readAllBytes(fresh));
                }
            }
        }
        assertThat(written.observations().rows()).isEqualTo(CommittedSamples.OBSERVATIONS);
        assertThat(written.observations().files()).extracting(GeneratedFile::format)
                .containsAll(List.of(SampleFormat.values()));
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (var in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    private static void deleteFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(files::add);
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }
}
