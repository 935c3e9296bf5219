package fr.observatoire.analytics.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local Spark session for the whole test JVM: {@code @ExtendWith(LocalSpark.class)} and a {@link SparkSession}
 * parameter (constructor, test or lifecycle method). The session is kept in the root store, which JUnit closes
 * (stopping Spark) at the end of the run.
 */
public final class LocalSpark implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalSpark.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("session", key -> new ClosableSession(start()), ClosableSession.class)
                .session();
    }

    private static SparkSession start() {
        return SparkSession.builder()
                .appName("observatory-tests")
                .master("local[2]")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    private record ClosableSession(SparkSession session) implements AutoCloseable {
        @Override
        public void close() {
            session.stop();
        }
    }
}
