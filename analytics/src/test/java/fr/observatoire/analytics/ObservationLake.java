package fr.observatoire.analytics;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/** Writes observation fixtures, built from records, as committed batches of a test lake (DuckDB, contract schema). */
public final class ObservationLake {

    private ObservationLake() {
    }

    /**
     * One observation as the lake stores it; codes coarser than the precision are filled as ingest fills them.
     * {@code observed_on} is the 1st of July of the period's year.
     */
    public record Obs(String id, String sourceGroup, String period, String precision, String communeCode,
                      String epciCode, String departementCode, String regionCode, String publicCode,
                      String needDomain, String kind, Integer persons, Integer severity, Integer waitingDays) {
    }

    /** Writes {@code rows} as the batch {@code batchId}: {@code observations/batch_id=<id>/part-0.parquet}. */
    public static void write(Lake lake, String batchId, List<Obs> rows) throws SQLException {
        Path folder = lake.observations().resolve("batch_id=" + batchId);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Files.createDirectories(folder);
            s.execute("CREATE TABLE o (" + ObservationColumns.DDL + ")");
            String markers = String.join(", ", java.util.Collections.nCopies(ObservationColumns.FILE_COLUMNS.size(), "?"));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO o VALUES (" + markers + ")")) {
                long line = 1;
                for (Obs o : rows) {
                    int year = Integer.parseInt(o.period().substring(0, 4));
                    Object[] values = {o.id(), o.sourceGroup(), "test contributor", java.sql.Date.valueOf(LocalDate.of(year, 7, 1)),
                            o.period(), o.communeCode(), o.epciCode(), o.departementCode(), o.regionCode(), o.precision(),
                            o.publicCode(), o.needDomain(), o.kind(), o.persons(), o.severity(), o.waitingDays(),
                            null, "v1", 0, "fixture.csv", ++line, java.sql.Timestamp.valueOf("2026-01-15 10:00:00")};
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.execute("COPY o TO " + Sql.literal(folder.resolve("part-0.parquet")) + " (FORMAT parquet)");
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create " + folder, e);
        }
    }
}
