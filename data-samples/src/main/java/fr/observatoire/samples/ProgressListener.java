package fr.observatoire.samples;

/** Told how many rows have been written so far, every {@link SampleGenerator#PROGRESS_STEP} rows and at the end. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (written, total) -> { };

    void progress(long written, long total);
}
