package fr.observatoire.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowSourceTest {

    private static final CommunePool POOL = new CommunePool(
            Territories.load(Path.of("reference")).communes(List.of("47")));

    private static RowFactory factory(double badRowRate) {
        Batch batch = new Batch(1, "x.csv", SourceGroup.PROFESSIONNEL, "CCAS d'Agen", "47", POOL,
                SampleFormat.CSV_UTF8_BOM, 10_000, "v1", 5, false, true, false, false, true, false, false);
        return new RowFactory(batch, 2022, 2025, badRowRate, new SplittableRandom(5), null);
    }

    private static List<Row> drain(RowSource source) {
        List<Row> rows = new ArrayList<>();
        try (source) {
            for (Row row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void rowsDrawnOnASecondThreadAreTheSameInTheSameOrder() {
        List<Row> direct = drain(RowSource.direct(factory(0.1), 10_000));
        List<Row> threaded = drain(RowSource.threaded(factory(0.1), 10_000));

        assertThat(threaded).hasSize(10_000).isEqualTo(direct);
        assertThat(threaded.get(9_999).line()).isEqualTo(10_000);
    }

    @Test
    void closingEarlyStopsTheDrawingThread() {
        RowSource endless = RowSource.threaded(factory(0.0), Long.MAX_VALUE);
        assertThat(endless.next().line()).isEqualTo(1);
        endless.close();
    }

    @Test
    void aFailureWhileDrawingReachesTheWriter() {
        assertThatThrownBy(() -> drain(RowSource.threaded(null, 3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Drawing sample rows failed")
                .hasCauseInstanceOf(NullPointerException.class);
    }
}
