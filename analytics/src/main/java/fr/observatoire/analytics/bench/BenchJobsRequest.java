package fr.observatoire.analytics.bench;

import fr.observatoire.analytics.engine.EngineKind;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A benchmark of the jobs.
 *
 * @param sizes        lake sizes in observations, e.g. 1,000,000 and 10,000,000; one lake per size
 * @param workDir      where the lakes are generated ({@code <workDir>/lake-<size>})
 * @param referenceDir the real reference files ({@code data-samples/reference})
 * @param seed         generator seed
 * @param jobs         job names to time (see {@link BenchJobs#JOBS}); empty for all
 * @param engines      engines to time the jobs on (the hand-written diagnostic runs with DuckDB)
 * @param repeats      runs of each job per engine, alternated between engines; medians are reported
 */
public record BenchJobsRequest(List<Long> sizes, Path workDir, Path referenceDir, long seed, List<String> jobs,
                               Set<EngineKind> engines, int repeats) {

    /** Repeats when none are given: the median of three runs. */
    public static final int DEFAULT_REPEATS = 3;

    public BenchJobsRequest {
        sizes = List.copyOf(sizes);
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(referenceDir, "referenceDir");
        Objects.requireNonNull(engines, "engines");
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("Give at least one engine");
        }
        engines = Set.copyOf(EnumSet.copyOf(engines));
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("Give at least one size");
        }
        for (long size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("Sizes must be positive, was " + size);
            }
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("Repeats must be at least 1, was " + repeats);
        }
    }

    /** Both engines, {@link #DEFAULT_REPEATS} runs each. */
    public BenchJobsRequest(List<Long> sizes, Path workDir, Path referenceDir, long seed, List<String> jobs) {
        this(sizes, workDir, referenceDir, seed, jobs, EnumSet.allOf(EngineKind.class), DEFAULT_REPEATS);
    }

    boolean times(EngineKind engine) {
        return engines.contains(engine);
    }
}
