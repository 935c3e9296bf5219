package fr.observatoire.analytics;

import fr.observatoire.analytics.engine.ParquetSource;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.ReferenceTable;

/**
 * The lake datasets the jobs read, as {@link ParquetSource}s with explicit schemas: observations (all contract
 * columns, {@code batch_id} from the partition folder) and the columns of each reference table that analytics
 * uses (a table may hold more; those are ignored). Views are named after the dataset: {@code observations},
 * {@code ref_communes}, {@code ref_departements}, {@code ref_population}, {@code ref_groupings},
 * {@code ref_supply}, {@code ref_epci}.
 */
public final class LakeSources {

    private LakeSources() {
    }

    /** Every column of {@code ObservationColumns.FILE_COLUMNS} plus {@code batch_id}. */
    public static final TableSchema OBSERVATIONS = TableSchema.fromPairs(ObservationColumns.FILE_COLUMNS)
            .plus(ObservationColumns.BATCH_ID, SqlType.STRING);

    public static final TableSchema COMMUNES = TableSchema.of(
            "commune_code", SqlType.STRING, "commune_name", SqlType.STRING, "departement_code", SqlType.STRING,
            "region_code", SqlType.STRING, "epci_code", SqlType.STRING, "epci_name", SqlType.STRING,
            "population", SqlType.BIGINT);

    public static final TableSchema EPCI = TableSchema.of(
            "epci_code", SqlType.STRING, "epci_name", SqlType.STRING, "population", SqlType.BIGINT);

    public static final TableSchema DEPARTEMENTS = TableSchema.of(
            "departement_code", SqlType.STRING, "departement_name", SqlType.STRING, "region_code", SqlType.STRING,
            "region_name", SqlType.STRING, "population", SqlType.BIGINT);

    public static final TableSchema POPULATION = TableSchema.of(
            "departement_code", SqlType.STRING, "year", SqlType.INTEGER, "pop_totale", SqlType.BIGINT,
            "pop_0_19", SqlType.BIGINT, "pop_20_59", SqlType.BIGINT, "pop_60_plus", SqlType.BIGINT,
            "pop_65_plus", SqlType.BIGINT, "pop_75_plus", SqlType.BIGINT, "pop_85_plus", SqlType.BIGINT);

    public static final TableSchema GROUPINGS = TableSchema.of(
            "grouping", SqlType.STRING, "commune_code", SqlType.STRING, "zone", SqlType.STRING);

    public static final TableSchema SUPPLY = TableSchema.of(
            "establishment_id", SqlType.STRING, "category", SqlType.STRING, "public", SqlType.STRING,
            "places", SqlType.INTEGER, "commune_code", SqlType.STRING, "departement_code", SqlType.STRING);

    /** {@code <lake>/observations} as the view {@code observations}; required. */
    public static ParquetSource observations(Lake lake) {
        return new ParquetSource("observations", lake.observations(), OBSERVATIONS, true);
    }

    /** A reference table as the view {@code ref_<table>}. */
    public static ParquetSource reference(Lake lake, ReferenceTable table, boolean required) {
        return new ParquetSource("ref_" + table.directory(), lake.reference(table), schema(table), required);
    }

    /** The columns analytics reads from a reference table; refuses a table it does not read. */
    public static TableSchema schema(ReferenceTable table) {
        return switch (table) {
            case COMMUNES -> COMMUNES;
            case EPCI -> EPCI;
            case DEPARTEMENTS -> DEPARTEMENTS;
            case POPULATION -> POPULATION;
            case GROUPINGS -> GROUPINGS;
            case SUPPLY -> SUPPLY;
            // The enum belongs to the lake contract and may grow: a table analytics does not read has no schema here.
            default -> throw new IllegalArgumentException("Analytics reads no columns of reference table " + table);
        };
    }
}
