package fr.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IngestReportTest {

    @Test
    void summaryShowsAFewRejectExamplesAndPointsToTheReportForTheRest() {
        List<IngestReport.RejectSample> samples = IntStream.range(0, 12)
                .mapToObj(i -> new IngestReport.RejectSample("code_" + i, "f.csv", i + 2, "commune",
                        "message " + i)).toList();
        IngestReport report = new IngestReport("b20261123T111955Z-3fa9c1", "committed", "100 rows committed",
                "usager", "CCAS", "2026-11-23T11:19:55Z", "2026-11-23T11:19:57Z",
                List.of(new IngestReport.FileReport("f.csv", "ab".repeat(32), "csv", "UTF-8", 112, 100, 12, null)),
                112, 100, 12, 12 / 112.0, 0.2, Map.of("code_0", 1L), samples, Map.of("nir", 2L, "email", 1L),
                List.of("f.csv: unknown column 'x' ignored"), 3, null, "/lake/rejects/batch_id=b", 7);

        String summary = report.summary();

        assertThat(summary.lines()).hasSizeLessThanOrEqualTo(24);
        assertThat(summary).contains("message 7", "… 4 more examples in the JSON report", "redactions: email=1 nir=2",
                "3 earlier rows superseded", "warning: f.csv: unknown column 'x' ignored")
                .doesNotContain("message 8");
    }
}
