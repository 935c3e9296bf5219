package fr.observatoire.analytics.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named step of a job: a query from a {@code .sql} resource (under
 * {@code fr/observatoire/analytics/sql/}) whose result the engine registers as the view {@code view}, readable by
 * the following steps.
 *
 * <p>The query is written in the common subset of Spark SQL and DuckDB SQL: CTEs, GROUP BY, CASE, window
 * functions, {@code percentile_cont(0.5) WITHIN GROUP (ORDER BY x)}, {@code CAST(x AS STRING|INTEGER|BIGINT|DOUBLE)},
 * {@code COALESCE}, {@code ||}. Cast every SUM to BIGINT (DuckDB sums to HUGEINT) and every ratio to DOUBLE. Round
 * with {@code FLOOR(x * 100 + 0.5) / 100} rather than {@code ROUND}, which the two engines do differently on
 * ties. Values are bound to {@code ?} markers in order; write {@code CAST(? AS STRING)} so that a null binds with a
 * type in both engines.
 *
 * @param view       name of the view created by this step
 * @param resource   resource file name relative to {@code fr/observatoire/analytics/sql/}, e.g.
 *                   {@code diagnostic/01_observations.sql}
 * @param parameters values bound to the {@code ?} markers in order (String, Integer, Long, Double, Boolean or
 *                   null)
 */
public record Step(String view, String resource, List<Object> parameters) {

    public Step {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(resource, "resource");
        // List.copyOf refuses nulls, and a null parameter is legitimate ("all periods").
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static Step of(String view, String resource, Object... parameters) {
        return new Step(view, resource, java.util.Arrays.asList(parameters));
    }

    /** The SQL text of this step, read from the class path. */
    public String sql() {
        return SqlResources.load(resource);
    }
}
