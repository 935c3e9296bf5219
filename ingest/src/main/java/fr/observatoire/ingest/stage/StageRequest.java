package fr.observatoire.ingest.stage;

import fr.observatoire.vocabulary.SourceGroup;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What to stage: contributor files read, validated and redacted into Parquet under {@code stagingDir}, before the
 * committer makes the batch visible in the lake.
 *
 * @param format     auto, csv, jsonl or xlsx
 * @param encoding   empty for detection (UTF-8 with or without BOM, else Windows-1252)
 * @param period     overrides the period derived from each observation's date
 */
public record StageRequest(
        String batchId,
        List<Path> files,
        SourceGroup sourceGroup,
        String contributor,
        String format,
        Optional<Charset> encoding,
        Optional<String> period,
        Optional<String> formVersion,
        Instant ingestedAt,
        Path stagingDir) {

    public StageRequest {
        files = List.copyOf(files);
    }
}
