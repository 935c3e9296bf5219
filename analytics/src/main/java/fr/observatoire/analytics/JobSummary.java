package fr.observatoire.analytics;

import java.nio.file.Path;
import java.time.Duration;

/** What any job run did, as the run command prints it: job, engine, rows written, output folder, time. */
public interface JobSummary {

    /** Job name as on the command line ({@code diagnostic}, {@code gaps}...). */
    String job();

    /** {@code spark} or {@code duckdb}. */
    String engine();

    /** Rows written to the main output. */
    long rows();

    /** The main output folder. */
    Path output();

    /** Wall-clock time of the run. */
    Duration elapsed();
}
