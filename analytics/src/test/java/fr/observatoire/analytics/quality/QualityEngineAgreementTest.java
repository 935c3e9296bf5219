package fr.observatoire.analytics.quality;

import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.analytics.fixture.TestLake;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalSpark.class)
class QualityEngineAgreementTest {

    @Test
    void sparkAndDuckDbWriteTheSameQualityTables(SparkSession spark, @TempDir Path work) {
        for (boolean declared : new boolean[] {false, true}) {
            TestLake onSpark = QualityFixture.write(work.resolve("spark-" + declared));
            TestLake onDuckDb = QualityFixture.write(work.resolve("duckdb-" + declared));
            if (declared) {
                QualityFixture.declareContributors(onSpark);
                QualityFixture.declareContributors(onDuckDb);
            }
            try (Engine engine = new SparkEngine(spark)) {
                new QualityJob(engine).run(new QualityRequest(onSpark.lake(), QualityFixture.AS_OF, null));
            }
            try (Engine engine = new DuckDbEngine()) {
                new QualityJob(engine).run(new QualityRequest(onDuckDb.lake(), QualityFixture.AS_OF, null));
            }
            for (String table : QualityJob.TABLES) {
                Datasets.assertSame(onSpark.lake().output(QualityJob.OUTPUT).resolve(table),
                        onDuckDb.lake().output(QualityJob.OUTPUT).resolve(table), 1e-9);
            }
        }
    }
}
