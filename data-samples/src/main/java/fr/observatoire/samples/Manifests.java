package fr.observatoire.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The batch manifest that travels with a file: who sent it, which form, which period, and the file's SHA-256. */
final class Manifests {

    private Manifests() {
    }

    static void write(Path path, Path file, Batch batch, GenerateRequest request, String sha256) {
        String encoding = switch (batch.format()) {
            case CSV_WINDOWS_1252 -> "windows-1252";
            case CSV_UTF8_BOM -> "UTF-8 (BOM)";
            case XLSX -> "xlsx";
            default -> "UTF-8";
        };
        String format = switch (batch.format()) {
            case XLSX -> "xlsx";
            case JSONL -> "jsonl";
            default -> "csv";
        };
        StringBuilder json = new StringBuilder(512);
        json.append("{\n");
        field(json, "manifest_version", "1").append(",\n");
        field(json, "source_group", batch.group().code()).append(",\n");
        field(json, "contributor", batch.contributor()).append(",\n");
        field(json, "form_version", batch.formVersion()).append(",\n");
        field(json, "period_start", request.fromYear() + "-01-01").append(",\n");
        field(json, "period_end", request.toYear() + "-12-31").append(",\n");
        if (batch.departement() != null) {
            field(json, "departement", batch.departement()).append(",\n");
        }
        json.append("  \"files\": [\n    {");
        json.append("\"file_name\": ");
        string(json, batch.fileName());
        json.append(", \"path\": ");
        string(json, path.toAbsolutePath().getParent().relativize(file.toAbsolutePath()).toString());
        json.append(", \"sha256\": ");
        string(json, sha256);
        json.append(", \"format\": ");
        string(json, format);
        json.append(", \"encoding\": ");
        string(json, encoding);
        json.append(", \"rows\": ").append(batch.rows()).append("}\n  ],\n");
        field(json, "generator", "fr.observatoire.samples.SampleGenerator seed " + request.seed()).append('\n');
        json.append("}\n");
        try {
            Files.writeString(path, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write manifest " + path, e);
        }
    }

    /** One line per file: rows, bad rows, rows ingest must reject, and rows carrying each defect. */
    static void writeDefects(Path path, GenerateResult result) {
        StringBuilder csv = new StringBuilder("file_name;rows;bad_rows;rejectable_rows");
        for (Defect defect : Defect.values()) {
            csv.append(';').append(defect.code());
        }
        csv.append('\n');
        for (GeneratedFile file : result.files()) {
            csv.append(file.path().getFileName()).append(';').append(file.rows()).append(';')
                    .append(file.badRows()).append(';').append(file.rejectable());
            for (Defect defect : Defect.values()) {
                csv.append(';').append(file.defects().getOrDefault(defect, 0L));
            }
            csv.append('\n');
        }
        try {
            Files.writeString(path, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append("  ");
        string(json, name);
        json.append(": ");
        string(json, value);
        return json;
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\');
            }
            json.append(c);
        }
        json.append('"');
    }
}
