package fr.observatoire.cli;

import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.ParquetSource;
import fr.observatoire.analytics.engine.RowAnnotator;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.analytics.spark.SparkSessions;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark engine on a session this command builds and therefore stops when closed. Kept apart from
 * {@link RunCommand} so that a DuckDB run never loads a Spark class.
 */
final class LocalSparkEngine implements Engine {

    private final SparkSession session;
    private final SparkEngine engine;

    private LocalSparkEngine(SparkSession session) {
        this.session = session;
        this.engine = new SparkEngine(session);
    }

    static Engine open(String appName, String master) {
        return new LocalSparkEngine(SparkSessions.create(appName, master));
    }

    @Override public String name() { return engine.name(); }
    @Override public void register(ParquetSource source) { engine.register(source); }
    @Override public void register(String view, TableSchema schema, List<List<Object>> rows) { engine.register(view, schema, rows); }
    @Override public void run(Step step) { engine.run(step); }
    @Override public long count(String view) { return engine.count(view); }
    @Override public TableSchema schema(String view) { return engine.schema(view); }
    @Override public List<List<Object>> collect(String view) { return engine.collect(view); }
    @Override public long write(String view, Path target) { return engine.write(view, target); }
    @Override public void annotate(String source, String view, TableSchema output, RowAnnotator annotator) { engine.annotate(source, view, output, annotator); }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            session.stop();
        }
    }
}
