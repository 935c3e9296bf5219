package fr.observatoire.analytics.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.diagnostic.DiagnosticSteps;
import fr.observatoire.analytics.engine.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepReadsTest {

    @Test
    void countsAViewNamedAsAnIdentifierButNotInCommentsStringsOrLongerNames() {
        String sql = """
                -- reads dg_rates once, not dg_rates in this comment
                SELECT r.level, 'dg_rates' AS label FROM dg_rates r JOIN dg_rates_previous p ON p.level = r.level
                JOIN "dg_rates" q ON q.level = r.level""";

        assertThat(StepReads.occurrences("dg_rates", sql)).isEqualTo(2);
        assertThat(StepReads.occurrences("dg_rates_previous", sql)).isEqualTo(1);
        assertThat(StepReads.occurrences("rates", sql)).isZero();
    }

    @Test
    void theDiagnosticSpreadIsReadOnceAndEveryOtherStepMoreOftenOrByTheCaller() {
        List<Step> steps = DiagnosticSteps.steps(PeriodRange.all(), null);

        List<String> readOnce = steps.stream().filter(s -> StepReads.readOnceLater(steps, steps.indexOf(s)))
                .map(Step::view).toList();

        // dg_obs: six UNION branches; dg_counts: periods and numerators; dg_rates: spread, self-join for the
        // trend; diagnostic: the last step, written and counted by the job.
        assertThat(readOnce).containsExactly("dg_spread");
    }
}
