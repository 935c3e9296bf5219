package fr.observatoire.ingest.write;

import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.lake.ObservationColumns;
import java.time.Instant;
import java.util.List;

/**
 * Valid observations of one chunk, as columns encoded by the thread that validated them (UTF-8 bytes, a small
 * dictionary per coded column), ready for {@link ObservationSink#write(ObservationBlock)}. The columns are exactly
 * {@link ObservationColumns#FILE_COLUMNS}, in that order. Not thread-safe: one thread fills a block, then hands it to
 * the writer.
 */
public final class ObservationBlock {

    private final StringBlock observationId = new StringBlock(ObservationColumns.OBSERVATION_ID, false);
    private final StringBlock sourceGroup = new StringBlock(ObservationColumns.SOURCE_GROUP, true);
    private final StringBlock contributor = new StringBlock(ObservationColumns.CONTRIBUTOR, true);
    private final IntegerBlock observedOn = new IntegerBlock(ObservationColumns.OBSERVED_ON, IntegerColumn.Kind.DATE);
    private final StringBlock period = new StringBlock(ObservationColumns.PERIOD, true);
    private final StringBlock communeCode = new StringBlock(ObservationColumns.COMMUNE_CODE, true);
    private final StringBlock epciCode = new StringBlock(ObservationColumns.EPCI_CODE, true);
    private final StringBlock departementCode = new StringBlock(ObservationColumns.DEPARTEMENT_CODE, true);
    private final StringBlock regionCode = new StringBlock(ObservationColumns.REGION_CODE, true);
    private final StringBlock territoryPrecision = new StringBlock(ObservationColumns.TERRITORY_PRECISION, true);
    private final StringBlock publicCode = new StringBlock(ObservationColumns.PUBLIC, true);
    private final StringBlock needDomain = new StringBlock(ObservationColumns.NEED_DOMAIN, true);
    private final StringBlock kind = new StringBlock(ObservationColumns.KIND, true);
    private final IntegerBlock persons = new IntegerBlock(ObservationColumns.PERSONS, IntegerColumn.Kind.INTEGER);
    private final IntegerBlock severity = new IntegerBlock(ObservationColumns.SEVERITY, IntegerColumn.Kind.INTEGER);
    private final IntegerBlock waitingDays =
            new IntegerBlock(ObservationColumns.WAITING_DAYS, IntegerColumn.Kind.INTEGER);
    private final StringBlock text = new StringBlock(ObservationColumns.TEXT, false);
    private final StringBlock formVersion = new StringBlock(ObservationColumns.FORM_VERSION, true);
    private final IntegerBlock redactions = new IntegerBlock(ObservationColumns.REDACTIONS, IntegerColumn.Kind.INTEGER);
    private final StringBlock sourceFile = new StringBlock(ObservationColumns.SOURCE_FILE, true);
    private final IntegerBlock sourceLine = new IntegerBlock(ObservationColumns.SOURCE_LINE, IntegerColumn.Kind.BIGINT);
    private final IntegerBlock ingestedAt =
            new IntegerBlock(ObservationColumns.INGESTED_AT, IntegerColumn.Kind.TIMESTAMP);
    private final List<ColumnBlock> columns = List.of(observationId, sourceGroup, contributor, observedOn, period,
            communeCode, epciCode, departementCode, regionCode, territoryPrecision, publicCode, needDomain, kind,
            persons, severity, waitingDays, text, formVersion, redactions, sourceFile, sourceLine, ingestedAt);
    private int rows;
    private Instant lastInstant;
    private long lastMicros;

    public void add(Observation o) {
        observationId.add(o.observationId());
        sourceGroup.add(o.sourceGroup());
        contributor.add(o.contributor());
        observedOn.add(o.observedOn().toEpochDay());
        period.add(o.period());
        communeCode.add(o.communeCode());
        epciCode.add(o.epciCode());
        departementCode.add(o.departementCode());
        regionCode.add(o.regionCode());
        territoryPrecision.add(o.territoryPrecision());
        publicCode.add(o.publicCode());
        needDomain.add(o.needDomain());
        kind.add(o.kind());
        persons.add(o.persons());
        severity.add(o.severity());
        waitingDays.add(o.waitingDays());
        text.add(o.text());
        formVersion.add(o.formVersion());
        redactions.add(o.redactions());
        sourceFile.add(o.sourceFile());
        sourceLine.add(o.sourceLine());
        ingestedAt.add(micros(o.ingestedAt()));
        rows++;
    }

    /** Microseconds since 1970-01-01T00:00 UTC (a TIMESTAMP is the UTC wall time), truncated. */
    private long micros(Instant instant) {
        if (instant != lastInstant) {
            lastInstant = instant;
            lastMicros = Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
                    instant.getNano() / 1000);
        }
        return lastMicros;
    }

    public int rows() {
        return rows;
    }

    /** Empties the block, keeping its arrays, to fill it again. */
    public void clear() {
        columns.forEach(ColumnBlock::clear);
        rows = 0;
    }

    List<ColumnBlock> columns() {
        return columns;
    }

    /** Empty row-group columns matching a block's, in the same order. */
    static List<ParquetColumn> newColumns() {
        return new ObservationBlock().columns.stream().map(ColumnBlock::newColumn).toList();
    }
}
