package fr.observatoire.analytics.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A benchmark of the jobs on both engines.
 *
 * @param sizes        lake sizes in observations, e.g. 1,000,000 and 10,000,000; one lake per size
 * @param workDir      where the lakes are generated ({@code <workDir>/lake-<size>})
 * @param referenceDir the real reference files ({@code data-samples/reference})
 * @param seed         generator seed
 * @param jobs         job names to time (see {@link BenchJobs#JOBS}); empty for all
 */
public record BenchJobsRequest(List<Long> sizes, Path workDir, Path referenceDir, long seed, List<String> jobs) {

    public BenchJobsRequest {
        sizes = List.copyOf(sizes);
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(referenceDir, "referenceDir");
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("Give at least one size");
        }
        for (long size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("Sizes must be positive, was " + size);
            }
        }
    }
}
