package fr.observatoire.analytics.cluster;

import org.apache.spark.sql.SparkSession;

/** Public because spark-submit calls its main. A Spark application for the harness's own test: sums 0..n-1 on the cluster and writes the sum as Parquet. */
public final class SmokeDriver {

    private SmokeDriver() {
    }

    public static void main(String[] args) throws Exception {
        try (SparkSession spark = SparkSession.builder().appName("cluster-smoke").getOrCreate()) {
            spark.range(Long.parseLong(args[0])).repartition(4).selectExpr("sum(id) AS total")
                    .write().parquet(args[1]);
        }
    }
}
