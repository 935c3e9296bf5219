package fr.observatoire.ingest.read;

import fr.observatoire.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a contributor file may come in. */
public enum SourceFormat {
    CSV("csv"), JSONL("jsonl"), XLSX("xlsx");

    private final String code;

    SourceFormat(String code) {
        this.code = code;
    }

    public String code() { return code; }

    /**
     * Opens a streaming reader over {@code file}; {@code encoding} forces a character set (CSV, JSON Lines). A CSV read
     * as UTF-8 is checked as it is read: bytes that are not well-formed UTF-8 fail the read, naming their line.
     */
    public ObservationReader open(Path file, Optional<Charset> encoding) {
        return open(file, encoding, false);
    }

    /**
     * As {@link #open(Path, Optional)}; {@code utf8Checked} true says the caller has already found every byte of
     * {@code file} well-formed UTF-8 (e.g. {@link Utf8Check} over the whole file, then {@link Utf8Check#valid()}), so
     * a CSV read as UTF-8 skips its own check. Say so only for a file checked whole: a byte that is not UTF-8 would
     * then be read as a replacement character instead of failing the read. JSON Lines and XLSX ignore it.
     */
    public ObservationReader open(Path file, Optional<Charset> encoding, boolean utf8Checked) {
        return switch (this) {
            case CSV -> new CsvObservationReader(file, encoding, utf8Checked);
            case JSONL -> new JsonObservationReader(file, encoding);
            case XLSX -> new XlsxObservationReader(file);
        };
    }

    /**
     * The format of a file: {@code requested} when it names one ({@code csv}, {@code jsonl}/{@code json},
     * {@code xlsx}), else by extension, else by content (zip signature, opening brace, otherwise CSV).
     */
    public static SourceFormat detect(Path file, String requested) {
        String wanted = requested == null ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "csv", "txt":
                return CSV;
            case "jsonl", "json", "ndjson":
                return JSONL;
            case "xlsx":
                return XLSX;
            case "auto", "":
                break;
            default:
                throw new InvalidInputException("Unknown format '" + requested + "': expected auto, csv, jsonl or xlsx");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        return sniff(file);
    }

    private static SourceFormat sniff(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        int start = read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
        for (int i = start; i < read; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i] == '{' ? JSONL : CSV;
            }
        }
        return CSV;
    }
}
