package fr.observatoire.analytics.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the session that a command passes to {@link SparkEngine}. The master is set only when none is configured
 * (spark-submit configures one), so the same entry point runs locally and on a cluster.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * A session named {@code appName}; {@code master} (e.g. {@code local[*]}, {@code spark://host:7077}) is used
     * when given, else the configured {@code spark.master}, else {@code local[*]}. The session time zone is UTC. On
     * a local master, shuffles use twice as many partitions as cores unless configured otherwise.
     */
    public static SparkSession create(String appName, String master) {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.showConsoleProgress", "false");
        String chosen = master != null && !master.isBlank() ? master : conf.get("spark.master", "local[*]");
        if (master != null && !master.isBlank()) {
            builder.master(master);
        } else if (!conf.contains("spark.master")) {
            builder.master("local[*]");
        }
        if (chosen.startsWith("local") && !conf.contains("spark.sql.shuffle.partitions")) {
            // The default 200 shuffle partitions cost more than they give on one machine; results are small.
            builder.config("spark.sql.shuffle.partitions",
                    String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
        return builder.getOrCreate();
    }
}
