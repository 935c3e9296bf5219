package fr.observatoire.ingest.validate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A valid, normalised and redacted observation: one row of {@code observations} in
 * {@link fr.observatoire.lake.ObservationColumns#FILE_COLUMNS} order. Nullable: contributor, communeCode, epciCode,
 * persons, severity, waitingDays, text, formVersion.
 */
public record Observation(
        String observationId,
        String sourceGroup,
        String contributor,
        LocalDate observedOn,
        String period,
        String communeCode,
        String epciCode,
        String departementCode,
        String regionCode,
        String territoryPrecision,
        String publicCode,
        String needDomain,
        String kind,
        Integer persons,
        Integer severity,
        Integer waitingDays,
        String text,
        String formVersion,
        int redactions,
        String sourceFile,
        long sourceLine,
        Instant ingestedAt) {
}
