package fr.observatoire.ingest;

import fr.observatoire.vocabulary.SourceGroup;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch to ingest: the files become one batch of the lake.
 *
 * @param sourceGroup    the actor group; null only when the manifest gives it
 * @param contributor    the contributing organisation; null when the manifest or the rows give it
 * @param manifest       a batch manifest (JSON or YAML) whose facts complete the request and whose checksums the
 *                       files must match; when {@code files} is empty, the manifest's files (beside it) are ingested
 * @param format         auto, csv, jsonl or xlsx
 * @param encoding       empty for detection
 * @param maxRejectRatio above this share of rejected rows, no observation is committed (exit code 3)
 * @param progress       report progress while staging large files
 */
public record IngestRequest(
        Path lake,
        List<Path> files,
        SourceGroup sourceGroup,
        String contributor,
        Optional<Path> manifest,
        String format,
        Optional<Charset> encoding,
        double maxRejectRatio,
        Optional<String> period,
        Optional<String> formVersion,
        boolean progress) {

    public static final double DEFAULT_MAX_REJECT_RATIO = 0.05;

    public IngestRequest {
        Objects.requireNonNull(lake, "lake");
        files = List.copyOf(files);
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(formVersion, "formVersion");
        format = format == null ? "auto" : format;
        if (sourceGroup == null && manifest.isEmpty()) {
            throw new IllegalArgumentException("a source group is required when no manifest gives it");
        }
        if (files.isEmpty() && manifest.isEmpty()) {
            throw new IllegalArgumentException("no file to ingest");
        }
        if (Double.isNaN(maxRejectRatio) || maxRejectRatio < 0 || maxRejectRatio > 1) {
            throw new IllegalArgumentException("the maximum reject ratio must be between 0 and 1, not "
                    + maxRejectRatio);
        }
    }

    /** Files of one source group and contributor, with every default (auto format, detection, 5 % rejects). */
    public static IngestRequest of(Path lake, List<Path> files, SourceGroup sourceGroup, String contributor) {
        return new IngestRequest(lake, files, sourceGroup, contributor, Optional.empty(), "auto", Optional.empty(),
                DEFAULT_MAX_REJECT_RATIO, Optional.empty(), Optional.empty(), false);
    }

    public IngestRequest withMaxRejectRatio(double ratio) {
        return new IngestRequest(lake, files, sourceGroup, contributor, manifest, format, encoding, ratio, period,
                formVersion, progress);
    }

    public IngestRequest withManifest(Path manifestFile) {
        return new IngestRequest(lake, files, sourceGroup, contributor, Optional.of(manifestFile), format, encoding,
                maxRejectRatio, period, formVersion, progress);
    }
}
