package fr.observatoire.ingest.stage;

import fr.observatoire.ingest.redact.RedactionKind;
import fr.observatoire.ingest.validate.Validated;
import fr.observatoire.ingest.validate.Violation;
import fr.observatoire.ingest.write.ObservationBlock;
import fr.observatoire.ingest.write.ObservationSink;
import fr.observatoire.ingest.write.RejectSink;
import java.util.ArrayList;
import java.util.List;

/**
 * What a worker made of one chunk, waiting for the writer: its valid observations already encoded as columns, in
 * input order, and its invalid records with their violations.
 */
final class ChunkResult {

    final int[] redactions = new int[RedactionKind.values().length];
    private final ObservationBlock valid;
    private final List<Validated.Invalid> invalid = new ArrayList<>();
    private int read;

    /** {@code valid}: an empty block for the chunk's valid rows. */
    ChunkResult(ObservationBlock valid) {
        this.valid = valid;
    }

    ObservationBlock valid() {
        return valid;
    }

    void add(Validated validated) {
        read++;
        if (validated instanceof Validated.Valid v) {
            valid.add(v.observation());
        } else if (validated instanceof Validated.Invalid i) {
            invalid.add(i);
        }
    }

    void writeTo(ObservationSink observations, RejectSink rejects, StageRequest request,
                 PipelinedStager.Counts counts) {
        String group = request.sourceGroup() == null ? null : request.sourceGroup().code();
        counts.read += read;
        observations.write(valid);
        counts.accepted += valid.rows();
        for (Validated.Invalid i : invalid) {
            counts.rejected++;
            for (Violation violation : i.violations()) {
                rejects.write(violation, i.rawRecord(), group, request.contributor(), request.ingestedAt());
                counts.rejectsByCode.merge(violation.code(), 1L, Long::sum);
            }
        }
        for (int k = 0; k < redactions.length; k++) {
            counts.redactions[k] += redactions[k];
        }
    }
}
