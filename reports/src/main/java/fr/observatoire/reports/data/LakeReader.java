package fr.observatoire.reports.data;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the lake for reports through embedded DuckDB: one in-memory connection where each dataset is loaded once
 * into a table (absent optional datasets become empty views), SQL from resources with {@code ?} binding. Queries
 * return records; nothing here formats or decides what is shown. Answers that do not depend on the territory
 * (territories, map values of a period, sources) are computed once per reader.
 */
public final class LakeReader implements AutoCloseable {

    private final Lake lake;
    private final Connection connection;
    private final Set<LakeDataset> available = EnumSet.noneOf(LakeDataset.class);
    private final java.util.Map<String, Object> once = new java.util.HashMap<>();

    private LakeReader(Lake lake, Connection connection) {
        this.lake = lake;
        this.connection = connection;
    }

    /** Opens the lake; fails with a clear message when the diagnostic is missing. */
    public static LakeReader open(Lake lake) {
        Objects.requireNonNull(lake, "lake");
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot start DuckDB: " + e.getMessage(), e);
        }
        LakeReader reader = new LakeReader(lake, connection);
        try {
            reader.createViews();
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    private void createViews() {
        for (LakeDataset dataset : LakeDataset.values()) {
            Path folder = dataset.folder(lake);
            boolean present = hasParquet(folder);
            if (!present && dataset.required()) {
                throw new ObservatoryException("Lake " + lake.root() + ": dataset " + dataset.view()
                        + " is missing (no Parquet file under " + folder + "); run the analytics jobs first");
            }
            String sql = present
                    ? resource("view.sql").replace("{name}", dataset.view())
                            .replace("{optional}", dataset.optionalSelect())
                            .replace("{glob}", Sql.literal(Lake.glob(folder)))
                    : resource("empty_view.sql").replace("{name}", dataset.view())
                            .replace("{columns}", dataset.emptySelect());
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new ObservatoryException("Cannot read dataset " + dataset.view() + " under " + folder + ": "
                        + e.getMessage(), e);
            }
            if (present) {
                available.add(dataset);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(resource("territory_communes.sql"));
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot index the communes of the reference tables under "
                    + lake.reference() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a dataset folder (or the snapshot it links to) holds a Parquet file. */
    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    public Lake lake() { return lake; }

    public boolean available(LakeDataset dataset) { return available.contains(dataset); }

    @SuppressWarnings("unchecked")
    private <T> T once(String key, java.util.function.Supplier<T> compute) {
        Object value = once.get(key);
        if (value == null) {
            value = compute.get();
            once.put(key, value);
        }
        return (T) value;
    }

    public List<TerritoryRef> territories() {
        return once("territories", this::readTerritories);
    }

    private List<TerritoryRef> readTerritories() {
        return query("territories.sql", List.of(), rs -> new TerritoryRef(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public List<String> periods(TerritoryRef territory) {
        return query("periods.sql", List.of(territory.level(), territory.code()), rs -> rs.getString(1));
    }

    public List<DiagnosticRow> diagnostic(TerritoryRef territory, String period) {
        return query("diagnostic.sql", List.of(territory.level(), territory.code(), period), rs -> new DiagnosticRow(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), longOrNull(rs, 6),
                rs.getString(7), doubleOrNull(rs, 8), rs.getInt(9), rs.getBoolean(10), rs.getDouble(11),
                rs.getDouble(12), rs.getDouble(13), rs.getDouble(14), doubleOrNull(rs, 15), doubleOrNull(rs, 16),
                rs.getString(17), intOrNull(rs, 18), doubleOrNull(rs, 19)));
    }

    public List<PeriodTotal> series(TerritoryRef territory) {
        return query("series.sql", List.of(territory.level(), territory.code()),
                rs -> new PeriodTotal(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    public List<GapRow> gaps(TerritoryRef territory) {
        return query("gaps.sql", List.of(territory.level(), territory.code()), rs -> new GapRow(rs.getString(1),
                rs.getString(2), longOrNull(rs, 3), longOrNull(rs, 4), doubleOrNull(rs, 5), doubleOrNull(rs, 6),
                doubleOrNull(rs, 7), doubleOrNull(rs, 8), longOrNull(rs, 9), rs.getBoolean(10), intOrNull(rs, 11),
                longOrNull(rs, 12)));
    }

    public List<DispersionRow> dispersion() {
        return once("dispersion", () -> query("gaps_dispersion.sql", List.of(), rs -> new DispersionRow(
                rs.getString(1), rs.getString(2), intOrNull(rs, 3), doubleOrNull(rs, 4), doubleOrNull(rs, 5),
                doubleOrNull(rs, 6))));
    }

    public List<EmergingRow> emerging(TerritoryRef territory, String period) {
        return query("emerging.sql", List.of(territory.level(), territory.code(), period), rs -> new EmergingRow(
                rs.getString(1), rs.getString(2), rs.getLong(3), doubleOrNull(rs, 4), doubleOrNull(rs, 5),
                doubleOrNull(rs, 6), doubleOrNull(rs, 7), rs.getString(8)));
    }

    public List<DepartementValue> departementValues(String period) {
        return once("map:" + period, () -> query("departement_rates.sql", List.of(period),
                rs -> new DepartementValue(rs.getString(1), rs.getString(2), rs.getLong(3), longOrNull(rs, 4))));
    }

    public List<String> departementsOf(TerritoryRef territory) {
        return query("territory_departements.sql", List.of(territory.level(), territory.code()), rs -> rs.getString(1));
    }

    public Population population(TerritoryRef territory) {
        return query("population.sql", List.of(territory.level(), territory.code()),
                rs -> new Population(longOrNull(rs, 1), rs.getLong(2), rs.getString(3), rs.getString(4))).get(0);
    }

    public List<Verbatim> verbatims(TerritoryRef territory, String period) {
        return query(withTerritory("verbatims.sql"), List.of(territory.level(), territory.code(), period),
                rs -> new Verbatim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public List<CoverageRow> coverage(TerritoryRef territory, String period) {
        return query(withTerritory("coverage.sql"), List.of(territory.level(), territory.code(), period),
                rs -> new CoverageRow(rs.getString(1), rs.getLong(2), rs.getLong(3), date(rs, 4), date(rs, 5),
                        rs.getLong(6)));
    }

    /** The period range of the themes of a territory, the one holding {@code period} first; empty without themes. */
    public java.util.Optional<ThemePeriods> themePeriods(TerritoryRef territory, String period) {
        return query("theme_periods.sql", List.of(territory.level(), territory.code(), period),
                rs -> new ThemePeriods(rs.getString(1), rs.getString(2))).stream().findFirst();
    }

    public List<ThemeCount> themeCounts(TerritoryRef territory, ThemePeriods periods) {
        return query("theme_counts.sql", themeParameters(territory, periods), rs -> new ThemeCount(rs.getString(1),
                rs.getString(2), rs.getLong(3), longOrNull(rs, 4), doubleOrNull(rs, 5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8), rs.getLong(9), intOrNull(rs, 10), intOrNull(rs, 11)));
    }

    public List<ThemeSpecificity> themeSpecificities(TerritoryRef territory, ThemePeriods periods) {
        return query("theme_specificities.sql", themeParameters(territory, periods), rs -> new ThemeSpecificity(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), longOrNull(rs, 5), longOrNull(rs, 6),
                longOrNull(rs, 7), doubleOrNull(rs, 8), doubleOrNull(rs, 9), doubleOrNull(rs, 10), rs.getString(11),
                intOrNull(rs, 12)));
    }

    public List<ThemePair> themePairs(TerritoryRef territory, ThemePeriods periods) {
        return query("theme_cooccurrences.sql", themeParameters(territory, periods), rs -> new ThemePair(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), longOrNull(rs, 6),
                longOrNull(rs, 7), longOrNull(rs, 8), doubleOrNull(rs, 9), doubleOrNull(rs, 10), intOrNull(rs, 11)));
    }

    public List<KwicLine> concordance(TerritoryRef territory, ThemePeriods periods) {
        return query("theme_concordance.sql", themeParameters(territory, periods), rs -> new KwicLine(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getLong(9)));
    }

    /** Theme codes of the themes output and their labels, in code order (empty without themes). */
    public java.util.Map<String, String> themeCodes() {
        return once("theme_codes", () -> {
            java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
            query("theme_codes.sql", List.of(), rs -> new String[] {rs.getString(1), rs.getString(2)})
                    .forEach(c -> codes.put(c[0], c[1] == null ? c[0] : c[1]));
            return java.util.Collections.unmodifiableMap(codes);
        });
    }

    private static List<Object> themeParameters(TerritoryRef territory, ThemePeriods periods) {
        return List.of(territory.level(), territory.code(), periods.from(), periods.to());
    }

    /** Every cell of the needs tables of every territory of a period. */
    public List<NeedCell> needCells(String period) {
        return query("diagnostic_cells.sql", List.of(period), rs -> new NeedCell(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6)));
    }

    /** Every theme × actor group cell of every territory, over the range a fiche of {@code period} shows. */
    public List<ThemeCell> themeCells(String period) {
        return query("theme_cells.sql", List.of(period), rs -> new ThemeCell(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    /** Nesting of territories from the reference tables; {@code franceCode} names the france territory. */
    public List<TerritoryLink> territoryLinks(String franceCode) {
        return query("territory_links.sql", List.of(franceCode), rs -> new TerritoryLink(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** A commune of the reference table: code, name, département; empty when the code is unknown. */
    public java.util.Optional<String[]> commune(String code) {
        return query("commune.sql", List.of(code),
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).stream().findFirst();
    }

    /** A département of the reference table: code and name; empty when the code is unknown. */
    public java.util.Optional<String[]> departement(String code) {
        return query("departement.sql", List.of(code), rs -> new String[] {rs.getString(1), rs.getString(2)})
                .stream().findFirst();
    }

    /** Départements of the member communes of an EPCI (empty when unknown). */
    public List<String> epciDepartements(String siren) {
        return query("epci_departements.sql", List.of(siren), rs -> rs.getString(1));
    }

    /** Départements of the communes of a grouping (empty when unknown). */
    public List<String> groupingDepartements(String grouping) {
        return query("grouping_departements.sql", List.of(grouping), rs -> rs.getString(1));
    }

    /** Source and vintage of every reference table present in the lake. */
    public List<SourceVintage> sources() {
        return once("sources", this::readSources);
    }

    private List<SourceVintage> readSources() {
        List<SourceVintage> sources = new ArrayList<>();
        for (LakeDataset dataset : LakeDataset.values()) {
            if (dataset.reference() && available(dataset)) {
                String sql = resource("sources.sql").replace("{name}", dataset.view());
                sources.addAll(run(sql, List.of(), rs -> new SourceVintage(dataset.folder(lake).getFileName().toString(),
                        rs.getString(1), rs.getString(2))));
            }
        }
        return List.copyOf(sources);
    }

    /** Quality figures of a territory (quality/territories), columns as the quality job writes them. */
    public GenericRows quality(TerritoryRef territory) {
        try (PreparedStatement statement = connection.prepareStatement(resource("quality.sql"))) {
            statement.setString(1, territory.level());
            statement.setString(2, territory.code());
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return new GenericRows(columns, rows);
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot read quality under " + LakeDataset.QUALITY.folder(lake) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Reporting status of the contributors of a territory and period (quality/contributors). */
    public List<ContributorStatus> contributorStatus(TerritoryRef territory, String period) {
        return query(withTerritory("quality_contributors.sql"), List.of(territory.level(), territory.code(), period),
                rs -> new ContributorStatus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        longOrNull(rs, 5), doubleOrNull(rs, 6), doubleOrNull(rs, 7)));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private String withTerritory(String name) {
        return resource(name).replace("{observations_in_territory}", resource("observations_in_territory.sql"));
    }

    private <T> List<T> query(String resourceOrSql, List<Object> parameters, RowMapper<T> mapper) {
        String sql = resourceOrSql.endsWith(".sql") ? resource(resourceOrSql) : resourceOrSql;
        return run(sql, parameters, mapper);
    }

    private <T> List<T> run(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ObservatoryException("Query on lake " + lake.root() + " failed with " + parameters + ": "
                    + e.getMessage(), e);
        }
    }

    static String resource(String name) {
        try (InputStream in = LakeReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + name, e);
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot close DuckDB connection: " + e.getMessage(), e);
        }
    }
}
