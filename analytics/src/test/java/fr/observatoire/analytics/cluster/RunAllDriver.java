package fr.observatoire.analytics.cluster;

import fr.observatoire.analytics.DiagnosticsJob;
import fr.observatoire.analytics.DiagnosticsRequest;
import fr.observatoire.analytics.GapAnalysisJob;
import fr.observatoire.analytics.GapAnalysisRequest;
import fr.observatoire.analytics.emerging.EmergingJob;
import fr.observatoire.analytics.emerging.EmergingRequest;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.quality.QualityJob;
import fr.observatoire.analytics.quality.QualityRequest;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.analytics.spark.SparkSessions;
import fr.observatoire.lake.Lake;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code observatory run all --engine spark} does, as a Spark application for spark-submit (public because
 * spark-submit calls its main): every job over the lake {@code args[0]}, quality as of {@code args[1]}. The session
 * is built the way the command builds it, with no master of its own, so the one spark-submit configures is used.
 */
public final class RunAllDriver {

    private RunAllDriver() {
    }

    public static void main(String[] args) {
        runAll(SparkSessions.create("observatory run all", null), new Lake(Paths.get(args[0])),
                LocalDate.parse(args[1]));
    }

    static void runAll(SparkSession spark, Lake lake, LocalDate asOf) {
        try (Engine engine = new SparkEngine(spark)) {
            new DiagnosticsJob(engine).run(DiagnosticsRequest.of(lake));
            new GapAnalysisJob(engine).run(GapAnalysisRequest.of(lake));
            new EmergingJob(engine).run(EmergingRequest.of(lake, null));
            new QualityJob(engine).run(new QualityRequest(lake, asOf, null));
        }
        System.out.println("master " + spark.sparkContext().master());
    }
}
