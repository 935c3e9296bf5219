package fr.observatoire.analytics.bench;

import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import fr.observatoire.vocabulary.Terms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fast generator of synthetic lakes for benchmarks: N observations on real communes weighted by their population
 * (COG 2026), every vocabulary code drawn uniformly, 2021-2025, written by DuckDB straight to Parquet, plus the
 * reference tables the jobs read, from the real files, and a synthetic supply registry (timing only).
 */
public final class BenchLake {

    static final String COMMUNES_CSV = "communes_2026.csv";
    static final String DEPARTEMENTS_CSV = "departements_2026.csv";
    static final String EPCI_CSV = "epci_2026.csv";
    static final String POPULATION_CSV = "insee_pop_dep_tranches_cles_2015_2025.csv";

    /** What was generated. */
    public record Result(Lake lake, long observations, Duration elapsed) {
    }

    public Result generate(BenchLakeRequest request) {
        long start = System.nanoTime();
        Lake lake = new Lake(request.root());
        for (String file : new String[] {COMMUNES_CSV, DEPARTEMENTS_CSV, EPCI_CSV, POPULATION_CSV}) {
            if (!Files.isRegularFile(request.referenceDir().resolve(file))) {
                throw new InvalidInputException("Reference file " + file + " not found in " + request.referenceDir()
                        + " (expected the data-samples/reference folder)");
            }
        }
        Path dir = request.referenceDir();
        try {
            OutputFolders.deleteRecursively(lake.observations());
            Files.createDirectories(lake.observations());
            for (ReferenceTable table : new ReferenceTable[] {ReferenceTable.COMMUNES, ReferenceTable.DEPARTEMENTS,
                    ReferenceTable.POPULATION, ReferenceTable.EPCI, ReferenceTable.SUPPLY}) {
                OutputFolders.deleteRecursively(lake.reference(table));
                Files.createDirectories(lake.reference(table));
            }
        } catch (IOException e) {
            throw new ObservatoryException("Cannot prepare the bench lake " + lake.root(), e);
        }
        Map<String, Path> paths = Map.ofEntries(
                Map.entry("communes_csv", dir.resolve(COMMUNES_CSV)),
                Map.entry("departements_csv", dir.resolve(DEPARTEMENTS_CSV)),
                Map.entry("epci_csv", dir.resolve(EPCI_CSV)),
                Map.entry("population_csv", dir.resolve(POPULATION_CSV)),
                Map.entry("observations", lake.observations()),
                Map.entry("communes_parquet", lake.reference(ReferenceTable.COMMUNES).resolve("communes.parquet")),
                Map.entry("departements_parquet", lake.reference(ReferenceTable.DEPARTEMENTS).resolve("departements.parquet")),
                Map.entry("population_parquet", lake.reference(ReferenceTable.POPULATION).resolve("population.parquet")),
                Map.entry("epci_parquet", lake.reference(ReferenceTable.EPCI).resolve("epci.parquet")),
                Map.entry("supply_parquet", lake.reference(ReferenceTable.SUPPLY).resolve("supply.parquet")));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duck.createStatement()) {
                statement.execute(BenchSql.load("01_communes.sql", paths));
            }
            try (PreparedStatement generate = duck.prepareStatement(BenchSql.load("02_observations.sql", paths))) {
                generate.setLong(1, request.seed());
                generate.setString(2, codes(SourceGroup.values()));
                generate.setString(3, codes(Public.values()));
                generate.setString(4, codes(NeedDomain.values()));
                generate.setString(5, codes(ObservationKind.values()));
                generate.setLong(6, request.observations());
                generate.execute();
            }
            try (Statement statement = duck.createStatement()) {
                for (String copy : BenchSql.load("03_reference.sql", paths).split(";\\s*\\n")) {
                    if (!copy.isBlank()) {
                        statement.execute(copy);
                    }
                }
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot generate the bench lake in " + lake.root() + ": "
                    + e.getMessage(), e);
        }
        return new Result(lake, request.observations(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String codes(Terms[] terms) {
        return Arrays.stream(terms).map(Terms::code).collect(Collectors.joining(","));
    }
}
