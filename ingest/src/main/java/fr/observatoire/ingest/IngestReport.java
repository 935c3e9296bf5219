package fr.observatoire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ingest report of one batch, written as JSON to {@code <lake>/reports/ingest/<batch>.json} (snake_case keys)
 * and printed as a one-screen {@link #summary()}. Timestamps are ISO-8601 UTC; absent facts are null.
 */
public record IngestReport(
        String batchId,
        String status,
        String message,
        String sourceGroup,
        String contributor,
        String startedAt,
        String finishedAt,
        List<FileReport> files,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        double rejectRatio,
        double maxRejectRatio,
        Map<String, Long> rejectsByCode,
        List<RejectSample> rejectSamples,
        Map<String, Long> redactionsByKind,
        List<String> warnings,
        long superseded,
        String duplicateOf,
        String rejectsLocation,
        Integer snapshot) {

    /** One input file: its hash, how it was read, its counts; {@code duplicateOf} when it was already committed. */
    public record FileReport(String name, String sha256, String format, String encoding, long rowsRead,
                             long rowsAccepted, long rowsRejected, String duplicateOf) {
    }

    /** One of the first rejects of a code, to show the contributor what to fix. */
    public record RejectSample(String code, String file, long line, String field, String message) {
    }

    public IngestReport {
        files = List.copyOf(files);
        rejectsByCode = new TreeMap<>(rejectsByCode);
        rejectSamples = List.copyOf(rejectSamples);
        redactionsByKind = new TreeMap<>(redactionsByKind);
        warnings = List.copyOf(warnings);
    }

    /** Reject examples printed in the summary (the JSON report keeps up to 3 per code). */
    static final int SUMMARY_SAMPLES = 8;

    public long redactions() {
        return redactionsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    static ObjectMapper json() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Writes the JSON report atomically (temporary file, then move); returns the file. */
    Path write(Path folder) {
        Path target = folder.resolve(batchId + ".json");
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, batchId, ".json.tmp");
            json().writeValue(temporary.toFile(), this);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new ObservatoryException("Cannot write the ingest report " + target + ": " + e.getMessage(), e);
        }
    }

    public static IngestReport read(Path file) {
        try {
            return json().readValue(file.toFile(), IngestReport.class);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read the ingest report " + file + ": " + e.getMessage(), e);
        }
    }

    /** A one-screen summary for the person who ran the ingest. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Batch %s: %s%n", batchId, status.toUpperCase(Locale.ROOT)));
        out.append(String.format(Locale.ROOT, "  source group %s, contributor %s%n", sourceGroup,
                contributor == null ? "(from the rows)" : contributor));
        for (FileReport file : files) {
            out.append(String.format(Locale.ROOT, "  file %s (sha256 %s…)%s%n", file.name(),
                    file.sha256().substring(0, 12),
                    file.duplicateOf() == null ? "" : " duplicate of batch " + file.duplicateOf()));
        }
        out.append(String.format(Locale.ROOT, "  rows read %d, accepted %d, rejected %d (%.1f%%, threshold %.1f%%)%n",
                rowsRead, rowsAccepted, rowsRejected, 100 * rejectRatio, 100 * maxRejectRatio));
        if (!rejectsByCode.isEmpty()) {
            out.append("  rejects by code:");
            rejectsByCode.forEach((code, n) -> out.append(' ').append(code).append('=').append(n));
            out.append(System.lineSeparator());
            rejectSamples.stream().limit(SUMMARY_SAMPLES).forEach(sample -> out.append(String.format(Locale.ROOT,
                    "    %s line %d: %s%n", sample.file(), sample.line(), sample.message())));
            if (rejectSamples.size() > SUMMARY_SAMPLES) {
                out.append(String.format(Locale.ROOT, "    … %d more examples in the JSON report%n",
                        rejectSamples.size() - SUMMARY_SAMPLES));
            }
        }
        if (!redactionsByKind.isEmpty()) {
            out.append("  redactions:");
            redactionsByKind.forEach((kind, n) -> out.append(' ').append(kind).append('=').append(n));
            out.append(System.lineSeparator());
        }
        if (superseded > 0) {
            out.append(String.format(Locale.ROOT, "  %d earlier rows superseded (kept in history/)%n", superseded));
        }
        for (String warning : warnings) {
            out.append("  warning: ").append(warning).append(System.lineSeparator());
        }
        if (rejectsLocation != null) {
            out.append("  rejects: ").append(rejectsLocation).append(System.lineSeparator());
        }
        out.append("  ").append(message).append(System.lineSeparator());
        return out.toString();
    }
}
