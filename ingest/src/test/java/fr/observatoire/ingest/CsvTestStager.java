package fr.observatoire.ingest;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.ingest.commit.DuckDb;
import fr.observatoire.ingest.commit.SqlTemplate;
import fr.observatoire.ingest.stage.StageRequest;
import fr.observatoire.ingest.stage.StagedBatch;
import fr.observatoire.ingest.stage.StagedFile;
import fr.observatoire.ingest.stage.Stager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small stager for committer and command tests: reads {@code observation_id;commune;description;erreur} CSV files with DuckDB
 * and writes staging Parquet with exactly the lake's observation and reject columns (a row whose {@code erreur} is
 * not empty is rejected with that code). A file whose first line is {@code REFUSE} is refused, as the real stager
 * refuses a file with an identifying column.
 */
public final class CsvTestStager implements Stager {

    @Override
    public StagedBatch stage(StageRequest request) {
        try {
            Path observations = Files.createDirectories(request.stagingDir().resolve("observations"));
            Path rejects = Files.createDirectories(request.stagingDir().resolve("rejects"));
            String ingestedAt = LocalDateTime.ofInstant(request.ingestedAt(), ZoneOffset.UTC).toString();
            List<StagedFile> files = new ArrayList<>();
            Map<String, Long> rejectsByCode = new TreeMap<>();
            long read = 0;
            long rejected = 0;
            try (Connection connection = DuckDb.open()) {
                for (int i = 0; i < request.files().size(); i++) {
                    Path file = request.files().get(i);
                    if (Files.readAllLines(file).get(0).startsWith("REFUSE")) {
                        throw InvalidInputException.at(file.getFileName().toString(), 1, "nom", null,
                                "a column that identifies a person: file refused");
                    }
                    String name = file.getFileName().toString();
                    long[] counts = DuckDb.query(connection, sql("test_stage_counts.sql").with("file", file),
                            row -> new long[] {row.getLong(1), row.getLong(2)}).get(0);
                    DuckDb.execute(connection, sql("test_stage_observations.sql").with("file", file)
                                    .with("target", observations.resolve("part-" + i + ".parquet")),
                            request.sourceGroup().code(), request.contributor(), name, ingestedAt);
                    if (counts[1] > 0) {
                        DuckDb.execute(connection, sql("test_stage_rejects.sql").with("file", file)
                                        .with("target", rejects.resolve("part-" + i + ".parquet")),
                                name, request.sourceGroup().code(), request.contributor(), ingestedAt);
                        DuckDb.query(connection, sql("test_reject_codes.sql").with("file", file),
                                row -> rejectsByCode.merge(row.getString(1), row.getLong(2), Long::sum));
                    }
                    files.add(new StagedFile(file, Ingest.sha256(file), "csv", "UTF-8", counts[0],
                            counts[0] - counts[1], counts[1]));
                    read += counts[0];
                    rejected += counts[1];
                }
            }
            return new StagedBatch(request.batchId(), observations, rejects, files, read, read - rejected, rejected,
                    Map.of("email", 0L), rejectsByCode, List.of());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("test stager failed: " + e.getMessage(), e);
        }
    }

    private static SqlTemplate sql(String name) {
        return SqlTemplate.load(CsvTestStager.class, name);
    }
}
