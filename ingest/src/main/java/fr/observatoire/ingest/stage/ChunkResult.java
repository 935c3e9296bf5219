package fr.observatoire.ingest.stage;

import fr.observatoire.ingest.redact.RedactionKind;
import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.ingest.validate.Validated;
import fr.observatoire.ingest.validate.Violation;
import fr.observatoire.ingest.write.ObservationSink;
import fr.observatoire.ingest.write.RejectSink;
import java.util.ArrayList;
import java.util.List;

/** What the workers made of one chunk, in input order, waiting for the writer. */
final class ChunkResult {

    final int[] redactions = new int[RedactionKind.values().length];
    private final List<Validated> results;

    ChunkResult(int size) {
        this.results = new ArrayList<>(size);
    }

    void add(Validated validated) {
        results.add(validated);
    }

    void writeTo(ObservationSink observations, RejectSink rejects, StageRequest request,
                 PipelinedStager.Counts counts) {
        String group = request.sourceGroup() == null ? null : request.sourceGroup().code();
        for (Validated validated : results) {
            counts.read++;
            if (validated instanceof Validated.Valid valid) {
                Observation observation = valid.observation();
                observations.write(observation);
                counts.accepted++;
            } else if (validated instanceof Validated.Invalid invalid) {
                counts.rejected++;
                for (Violation violation : invalid.violations()) {
                    rejects.write(violation, invalid.rawRecord(), group, request.contributor(),
                            request.ingestedAt());
                    counts.rejectsByCode.merge(violation.code(), 1L, Long::sum);
                }
            }
        }
        for (int i = 0; i < redactions.length; i++) {
            counts.redactions[i] += redactions[i];
        }
    }
}
