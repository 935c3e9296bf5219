package fr.observatoire.ingest;

/** Where progress lines go while a batch is ingested (stderr in the command line). */
@FunctionalInterface
public interface Progress {

    void report(String line);

    static Progress none() {
        return line -> { };
    }
}
