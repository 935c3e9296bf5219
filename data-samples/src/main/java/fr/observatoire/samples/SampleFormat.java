package fr.observatoire.samples;

import java.util.Locale;
import java.util.Optional;

/** The shapes in which real contributors send observation files. */
public enum SampleFormat {
    /** Semicolon, Windows-1252, dd/MM/yyyy, French headers with accents, CRLF: a spreadsheet "save as CSV". */
    CSV_WINDOWS_1252("csv-1252", "csv"),
    /** UTF-8 with BOM, ';' or ',', ISO or French dates. */
    CSV_UTF8_BOM("csv-utf8", "csv"),
    /** One JSON object per line, canonical or English alias keys. */
    JSONL("jsonl", "jsonl"),
    /** Office Open XML workbook, one sheet, dates as Excel serial numbers. */
    XLSX("xlsx", "xlsx"),
    /** KoboToolbox CSV export: group/field headers and Kobo metadata columns. */
    KOBO_CSV("kobo", "csv");

    private final String option;
    private final String extension;

    SampleFormat(String option, String extension) {
        this.option = option;
        this.extension = extension;
    }

    /** Name used on the command line ({@code --format csv-1252}). */
    public String option() { return option; }

    /** File name extension, without the dot. */
    public String extension() { return extension; }

    public static Optional<SampleFormat> parse(String raw) {
        String key = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        for (SampleFormat format : values()) {
            if (format.option.equals(key) || format.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
