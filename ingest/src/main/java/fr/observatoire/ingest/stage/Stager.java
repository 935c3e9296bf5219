package fr.observatoire.ingest.stage;

/** Reads, validates, normalises and redacts contributor files into a staged batch. Never touches the lake. */
public interface Stager {

    StagedBatch stage(StageRequest request);
}
