package fr.observatoire.ingest.write;

import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.lake.ObservationColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes valid observations to a folder of Parquet part files whose columns are exactly
 * {@link ObservationColumns#FILE_COLUMNS}, in that order and with those types (as DuckDB describes them).
 *
 * <p>Rows are appended to column buffers and written by {@link ParquetPart} as a row group every
 * {@link #ROW_GROUP_ROWS} rows, and to a new {@code part-NNNNN.parquet} every {@code rowsPerPart} rows: memory stays
 * flat (one row group), and no temporary file or second parse is needed. Not thread-safe: one writer thread.
 */
public final class ObservationSink implements AutoCloseable {

    /** Rows per part file. */
    public static final long DEFAULT_ROWS_PER_PART = 500_000;

    /** Rows per row group, as DuckDB's COPY writes them by default. */
    static final int ROW_GROUP_ROWS = 122_880;

    private final Path folder;
    private final long rowsPerPart;
    private final StringColumn observationId = new StringColumn(ObservationColumns.OBSERVATION_ID, false);
    private final StringColumn sourceGroup = new StringColumn(ObservationColumns.SOURCE_GROUP);
    private final StringColumn contributor = new StringColumn(ObservationColumns.CONTRIBUTOR);
    private final IntegerColumn observedOn = new IntegerColumn(ObservationColumns.OBSERVED_ON, IntegerColumn.Kind.DATE);
    private final StringColumn period = new StringColumn(ObservationColumns.PERIOD);
    private final StringColumn communeCode = new StringColumn(ObservationColumns.COMMUNE_CODE);
    private final StringColumn epciCode = new StringColumn(ObservationColumns.EPCI_CODE);
    private final StringColumn departementCode = new StringColumn(ObservationColumns.DEPARTEMENT_CODE);
    private final StringColumn regionCode = new StringColumn(ObservationColumns.REGION_CODE);
    private final StringColumn territoryPrecision = new StringColumn(ObservationColumns.TERRITORY_PRECISION);
    private final StringColumn publicCode = new StringColumn(ObservationColumns.PUBLIC);
    private final StringColumn needDomain = new StringColumn(ObservationColumns.NEED_DOMAIN);
    private final StringColumn kind = new StringColumn(ObservationColumns.KIND);
    private final IntegerColumn persons = new IntegerColumn(ObservationColumns.PERSONS, IntegerColumn.Kind.INTEGER);
    private final IntegerColumn severity = new IntegerColumn(ObservationColumns.SEVERITY, IntegerColumn.Kind.INTEGER);
    private final IntegerColumn waitingDays =
            new IntegerColumn(ObservationColumns.WAITING_DAYS, IntegerColumn.Kind.INTEGER);
    private final StringColumn text = new StringColumn(ObservationColumns.TEXT, false);
    private final StringColumn formVersion = new StringColumn(ObservationColumns.FORM_VERSION);
    private final IntegerColumn redactions =
            new IntegerColumn(ObservationColumns.REDACTIONS, IntegerColumn.Kind.INTEGER);
    private final StringColumn sourceFile = new StringColumn(ObservationColumns.SOURCE_FILE);
    private final IntegerColumn sourceLine =
            new IntegerColumn(ObservationColumns.SOURCE_LINE, IntegerColumn.Kind.BIGINT);
    private final IntegerColumn ingestedAt =
            new IntegerColumn(ObservationColumns.INGESTED_AT, IntegerColumn.Kind.TIMESTAMP);
    private final List<ParquetColumn> columns = List.of(observationId, sourceGroup, contributor, observedOn, period,
            communeCode, epciCode, departementCode, regionCode, territoryPrecision, publicCode, needDomain, kind,
            persons, severity, waitingDays, text, formVersion, redactions, sourceFile, sourceLine, ingestedAt);
    private ParquetPart part;
    private long rowsInPart;
    private int rowsInGroup;
    private long rows;
    private int parts;
    private Instant lastInstant;
    private long lastMicros;

    public ObservationSink(Path folder) {
        this(folder, DEFAULT_ROWS_PER_PART);
    }

    public ObservationSink(Path folder, long rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
        if (columns.size() != ObservationColumns.FILE_COLUMNS.size()) {
            throw new IllegalStateException("ObservationSink writes " + columns.size() + " columns, the contract has "
                    + ObservationColumns.FILE_COLUMNS.size());
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    public void write(Observation o) {
        if (part == null) {
            part = new ParquetPart(folder.resolve(String.format("part-%05d.parquet", parts)), columns);
        }
        observationId.add(o.observationId());
        sourceGroup.add(o.sourceGroup());
        contributor.add(o.contributor());
        observedOn.add((int) o.observedOn().toEpochDay());
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
        rowsInPart++;
        if (++rowsInGroup == ROW_GROUP_ROWS || rowsInPart == rowsPerPart) {
            part.writeRowGroup();
            rowsInGroup = 0;
        }
        if (rowsInPart == rowsPerPart) {
            closePart();
        }
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

    private void closePart() {
        part.close();
        part = null;
        parts++;
        rowsInPart = 0;
    }

    public long rows() {
        return rows;
    }

    /** Writes the last row group and part; a folder with no row gets one empty part, so readers see the schema. */
    @Override
    public void close() {
        if (part == null && parts == 0) {
            part = new ParquetPart(folder.resolve(String.format("part-%05d.parquet", parts)), columns);
        }
        if (part != null) {
            part.writeRowGroup();
            closePart();
        }
    }

}
