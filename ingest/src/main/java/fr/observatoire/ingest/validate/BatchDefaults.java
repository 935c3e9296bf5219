package fr.observatoire.ingest.validate;

import fr.observatoire.vocabulary.SourceGroup;
import java.time.Instant;
import java.util.Optional;

/**
 * What a file's rows inherit from their batch: the values used when a column is absent or empty, and what derives
 * the observation id ({@code fileSha256} + line) when the file gives none.
 *
 * @param excelDates whether bare numbers in date columns are Excel serial dates (XLSX files)
 */
public record BatchDefaults(String fileName, String fileSha256, SourceGroup sourceGroup, String contributor,
                            Optional<String> period, Optional<String> formVersion, Instant ingestedAt,
                            boolean excelDates) {
}
