package fr.observatoire.analytics.engine;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Java work on rows that SQL cannot do, such as analysing free text: a function from one row of a source view to
 * zero or more rows of an output view, run by {@link Engine#annotate(String, String, TableSchema, RowAnnotator)}.
 *
 * <p>The annotator itself is shipped to Spark executors, so it holds only serializable, immutable settings (a
 * vocabulary, options). Heavy or non-serializable state (an analyzer, buffers) belongs to the {@link Worker} that
 * {@link #open()} builds where the rows are: once per Spark partition, once per DuckDB run.
 */
public interface RowAnnotator extends Serializable {

    /** Builds a worker for one stream of rows (one partition); never shipped. */
    Worker open();

    /** Annotates rows one at a time; not thread-safe. */
    interface Worker extends AutoCloseable {

        /**
         * Emits the output rows of one source row. {@code row} holds the source view's values in column order,
         * normalised as {@link Engine#collect(String)} gives them; each emitted row holds the output schema's
         * values in order (String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime or null).
         */
        void annotate(List<Object> row, Consumer<List<Object>> out);

        @Override
        default void close() {
        }
    }
}
