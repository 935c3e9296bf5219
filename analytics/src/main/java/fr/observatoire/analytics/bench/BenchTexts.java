package fr.observatoire.analytics.bench;

import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives the observations of a bench lake ({@link BenchLake}, which leaves the text empty) a French free text as the
 * field writes it, from the sentences of the committed samples per need domain
 * ({@code fr/observatoire/analytics/bench/texts.csv}) with the commune's name: what the themes job analyses.
 * Deterministic for a seed. Rewrites {@code <lake>/observations} in place (written aside, then moved).
 */
public final class BenchTexts {

    static final String TEXTS = "fr/observatoire/analytics/bench/texts.csv";

    /** Adds the texts; returns the observations rewritten. */
    public long add(Lake lake, long seed) {
        Path target = OutputFolders.temporaryFor(lake.observations());
        Map<String, Path> paths = Map.of(
                "communes_parquet", lake.reference(ReferenceTable.COMMUNES).resolve("communes.parquet"),
                "observations_glob", Path.of(Lake.glob(lake.observations())),
                "target", target);
        long rows;
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duck.createStatement()) {
                statement.execute("CREATE TEMP TABLE bench_texts (need_domain VARCHAR, text VARCHAR)");
            }
            loadTemplates(duck);
            try (PreparedStatement copy = duck.prepareStatement(BenchSql.load("05_texts.sql", paths))) {
                copy.setLong(1, seed);
                copy.execute();
                rows = copy.getUpdateCount();
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot add texts to the bench lake " + lake.root() + ": "
                    + e.getMessage(), e);
        }
        OutputFolders.replace(target, lake.observations());
        return rows;
    }

    private static void loadTemplates(Connection duck) throws SQLException {
        try (InputStream in = BenchTexts.class.getClassLoader().getResourceAsStream(TEXTS);
             PreparedStatement insert = duck.prepareStatement("INSERT INTO bench_texts VALUES (?, ?)")) {
            if (in == null) {
                throw new ObservatoryException("Bench texts not found on the class path: " + TEXTS);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = lines.readLine(); // header need_domain;text
            while ((line = lines.readLine()) != null) {
                int cut = line.indexOf(';');
                if (cut > 0) {
                    insert.setString(1, line.substring(0, cut));
                    insert.setString(2, line.substring(cut + 1));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read " + TEXTS, e);
        }
    }
}
