package fr.observatoire.analytics.spark;

import fr.observatoire.analytics.engine.Column;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.engine.ParquetSource;
import fr.observatoire.analytics.engine.RowAnnotator;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The distributed engine, on a session built by the caller (local or cluster). Inputs are read with an explicit
 * {@link StructType} (never inferred) after a column check; each step's result is computed once (an eager local
 * checkpoint, kept in executor memory and disk) and registered as a temporary view.
 */
public final class SparkEngine implements Engine {

    private final SparkSession spark;
    private final Set<String> views = new LinkedHashSet<>();
    private final List<Dataset<Row>> persisted = new ArrayList<>();

    public SparkEngine(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    @Override
    public String name() {
        return "spark";
    }

    /** The Spark struct of a schema: every field nullable. */
    public static StructType struct(TableSchema schema) {
        return new StructType(schema.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), dataType(c.type()), true))
                .toArray(StructField[]::new));
    }

    @Override
    public void register(ParquetSource source) {
        Dataset<Row> data;
        Path folder = OutputFolders.resolveLinks(source.folder());
        if (!OutputFolders.hasParquetFiles(folder)) {
            if (source.required()) {
                throw source.noFiles();
            }
            data = spark.createDataFrame(List.of(), struct(source.schema()));
        } else {
            String path = folder.toUri().toString();
            Set<String> found = new LinkedHashSet<>(Arrays.asList(
                    spark.read().option("mergeSchema", "true").parquet(path).schema().fieldNames()));
            source.requireColumns(found);
            String[] names = source.schema().names().toArray(String[]::new);
            data = spark.read().schema(struct(source.schema())).parquet(path)
                    .selectExpr(Arrays.stream(names).map(SparkEngine::quote).toArray(String[]::new));
        }
        data.createOrReplaceTempView(source.view());
        views.add(source.view());
    }

    @Override
    public void register(String view, TableSchema schema, List<List<Object>> rows) {
        List<Row> sparkRows = rows.stream()
                .map(row -> RowFactory.create(row.stream().map(SparkEngine::toSpark).toArray()))
                .toList();
        spark.createDataFrame(sparkRows, struct(schema)).createOrReplaceTempView(view);
        views.add(view);
    }

    @Override
    public void run(Step step) {
        Dataset<Row> result;
        try {
            result = spark.sql(step.sql(), step.parameters().toArray());
        } catch (RuntimeException e) {
            throw new ObservatoryException("Step " + step.view() + " (" + step.resource() + ") failed on Spark: "
                    + e.getMessage(), e);
        }
        try {
            // Eager local checkpoint: the step is computed once and its plan cut, so that later steps neither
            // recompute it nor re-optimise the whole chain of earlier steps (which grows with every step).
            result = result.localCheckpoint(true);
        } catch (RuntimeException e) {
            throw new ObservatoryException("Step " + step.view() + " (" + step.resource() + ") failed on Spark: "
                    + e.getMessage(), e);
        }
        persisted.add(result);
        result.createOrReplaceTempView(step.view());
        views.add(step.view());
    }

    @Override
    public long count(String view) {
        return spark.table(view).count();
    }

    @Override
    public TableSchema schema(String view) {
        return new TableSchema(Arrays.stream(spark.table(view).schema().fields())
                .map(f -> new Column(f.name(), sqlType(f.dataType(), view, f.name())))
                .toList());
    }

    @Override
    public List<List<Object>> collect(String view) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : spark.table(view).collectAsList()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                values.add(fromSpark(row.get(i)));
            }
            rows.add(values);
        }
        return rows;
    }

    @Override
    public long write(String view, Path target) {
        Path temporary = OutputFolders.temporaryFor(target);
        Dataset<Row> data = spark.table(view);
        try {
            data.coalesce(1).write().parquet(temporary.toUri().toString());
        } catch (RuntimeException e) {
            throw new ObservatoryException("Cannot write view " + view + " to " + target + ": " + e.getMessage(), e);
        }
        removeChecksums(temporary);
        OutputFolders.replace(temporary, target);
        return data.count();
    }

    @Override
    public void close() {
        persisted.forEach(Dataset::unpersist);
        persisted.clear();
        views.forEach(view -> spark.catalog().dropTempView(view));
        views.clear();
    }

    private static void removeChecksums(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(".crc")) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new ObservatoryException("Cannot tidy " + folder, e);
        }
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static DataType dataType(SqlType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampType;
        };
    }

    private static SqlType sqlType(DataType type, String view, String column) {
        for (SqlType candidate : SqlType.values()) {
            if (dataType(candidate).equals(type)) {
                return candidate;
            }
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return SqlType.TIMESTAMP;
        }
        throw new ObservatoryException("View " + view + ", column " + column + ": type " + type.simpleString()
                + " is outside the types both engines share (cast it in the step's SQL)");
    }

    private static Object toSpark(Object value) {
        if (value instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (value instanceof LocalDateTime time) {
            return java.sql.Timestamp.valueOf(time);
        }
        return value;
    }

    private static Object fromSpark(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.time.Instant instant) {
            return LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
        }
        return value;
    }
    @Override
    public void annotate(String source, String view, TableSchema output, RowAnnotator annotator) {
        StructType struct = struct(output);
        MapPartitionsFunction<Row, Row> function = rows -> annotated(rows, annotator);
        Dataset<Row> result;
        try {
            result = spark.table(source).mapPartitions(function, Encoders.row(struct)).localCheckpoint(true);
        } catch (RuntimeException e) {
            throw new ObservatoryException("Annotating " + source + " as " + view + " failed on Spark: "
                    + e.getMessage(), e);
        }
        persisted.add(result);
        result.createOrReplaceTempView(view);
        views.add(view);
    }

    /**
     * One worker over one partition's rows, lazily: the annotator's heavy state is built here, on the executor, and
     * closed when the partition is exhausted.
     */
    private static Iterator<Row> annotated(Iterator<Row> rows, RowAnnotator annotator) {
        RowAnnotator.Worker worker = annotator.open();
        java.util.ArrayDeque<Row> pending = new java.util.ArrayDeque<>();
        List<Object> values = new ArrayList<>();
        return new Iterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && rows.hasNext()) {
                    Row row = rows.next();
                    values.clear();
                    for (int i = 0; i < row.size(); i++) {
                        values.add(fromSpark(row.get(i)));
                    }
                    worker.annotate(values, emitted -> pending.add(
                            RowFactory.create(emitted.stream().map(SparkEngine::toSpark).toArray())));
                }
                if (pending.isEmpty() && !closed) {
                    closed = true;
                    worker.close();
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.poll();
            }
        };
    }
}
