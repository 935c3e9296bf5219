package fr.observatoire.analytics.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.analytics.engine.TableSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEngineTest {

    static final TableSchema THINGS = TableSchema.of("grp", SqlType.STRING, "v", SqlType.DOUBLE);

    static final List<Step> STEPS = List.of(Step.of("totals", "enginetest/03_totals.sql"),
            Step.of("shares", "enginetest/04_shares.sql"));

    @Test
    void reportsEachStepAndWriteWithItsTimeInOrder(@TempDir Path dir) {
        List<String> reported = new ArrayList<>();
        try (DuckDbEngine engine = new DuckDbEngine((step, elapsed) -> reported.add(step))) {
            engine.register("things", THINGS, List.of(List.of("a", 1.0), List.of("b", 3.0)));
            engine.run(STEPS);
            assertThat(engine.write("shares", dir.resolve("shares"))).isEqualTo(2);
        }
        assertThat(reported).containsExactly("totals", "shares", "write shares");
    }

    @Test
    void aStepReadOnceByTheNextIsAViewAndTheLastStepATable() {
        try (DuckDbEngine engine = new DuckDbEngine()) {
            engine.register("things", THINGS, List.of(List.of("a", 1.0), List.of("b", 3.0)));
            engine.run(STEPS);
            assertThat(engine.collect("shares")).containsExactly(List.of("a", 1.0, 0.25), List.of("b", 3.0, 0.75));

            // Replacing the input shows the difference: the view reads it again, the table keeps its rows.
            engine.register("things", THINGS, List.of(List.of("a", 2.0), List.of("b", 2.0)));
            assertThat(engine.collect("totals")).containsExactlyInAnyOrder(List.of("a", 2.0), List.of("b", 2.0));
            assertThat(engine.collect("shares")).containsExactly(List.of("a", 1.0, 0.25), List.of("b", 3.0, 0.75));
        }
    }

    @Test
    void runsEveryStepAsATableWhenGivenOneByOne() {
        try (DuckDbEngine engine = new DuckDbEngine()) {
            engine.register("things", THINGS, List.of(List.of("a", 1.0), List.of("b", 3.0)));
            STEPS.forEach(engine::run);
            engine.register("things", THINGS, List.of(List.of("a", 2.0), List.of("b", 2.0)));
            assertThat(engine.collect("totals")).containsExactlyInAnyOrder(List.of("a", 1.0), List.of("b", 3.0));
        }
    }

    @Test
    void runsAStepAsATableAfterRunningItAsAViewAndBack() {
        try (DuckDbEngine engine = new DuckDbEngine()) {
            engine.register("things", THINGS, List.of(List.of("a", 1.0), List.of("b", 3.0)));
            engine.run(STEPS);
            engine.run(STEPS.get(0));
            engine.run(STEPS);
            assertThat(engine.collect("shares")).containsExactly(List.of("a", 1.0, 0.25), List.of("b", 3.0, 0.75));
        }
    }
}
