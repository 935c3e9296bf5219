package fr.observatoire.ingest;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.observatoire.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A batch manifest sent with the files (JSON, or YAML when the name ends in .yaml/.yml):
 * <pre>
 * source_group: professionnel
 * contributor: Association Les Tilleuls
 * form_version: "2"
 * period: "2025"
 * files:
 *   - name: observations-2025-t3.csv
 *     sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * </pre>
 * A file is found beside the manifest, or at its {@code path} (relative to the manifest) when one is given.
 * {@code manifest_version}, {@code period_start}, {@code period_end}, {@code departement}, {@code generator} and a
 * file's {@code format}, {@code encoding} and {@code rows} are informational: accepted, not used. Any other key is
 * refused, so that a misspelt key is not silently ignored.
 */
record BatchManifest(
        @JsonProperty("manifest_version") String manifestVersion,
        @JsonProperty("source_group") String sourceGroup,
        @JsonProperty("contributor") String contributor,
        @JsonProperty("form_version") String formVersion,
        @JsonProperty("period") String period,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd,
        @JsonProperty("departement") String departement,
        @JsonProperty("generator") String generator,
        @JsonProperty("files") List<File> files) {

    record File(@JsonProperty("name") @JsonAlias("file_name") String name,
                @JsonProperty("path") String path,
                @JsonProperty("sha256") String sha256,
                @JsonProperty("format") String format,
                @JsonProperty("encoding") String encoding,
                @JsonProperty("rows") Long rows) {

        /** Where the file is: its path, else its name, relative to the manifest's folder. */
        Path location(Path manifestFolder) {
            return manifestFolder.resolve(path != null && !path.isBlank() ? path : name).normalize();
        }
    }

    BatchManifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    Optional<File> file(String name) {
        return files.stream().filter(f -> name.equals(f.name())).findFirst();
    }

    static BatchManifest read(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            BatchManifest manifest = mapper.readValue(path.toFile(), BatchManifest.class);
            for (File file : manifest.files()) {
                if (file.name() == null || file.name().isBlank()) {
                    throw InvalidInputException.at(path.getFileName().toString(), 0, "files[].name", null,
                            "every listed file needs a name");
                }
            }
            return manifest;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(path.getFileName() + (at == null ? "" : " line " + at.getLineNr())
                    + ": not a valid batch manifest: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the batch manifest " + path + ": " + e.getMessage(), e);
        }
    }
}
