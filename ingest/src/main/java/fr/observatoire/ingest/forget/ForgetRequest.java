package fr.observatoire.ingest.forget;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A right-to-erasure request: every row of one observation (by its observation_id), or every row a contributor
 * sent. Exactly one of the two is given.
 */
public record ForgetRequest(Path lake, Optional<String> observationId, Optional<String> contributor) {

    public ForgetRequest {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(observationId, "observationId");
        Objects.requireNonNull(contributor, "contributor");
        if (observationId.isPresent() == contributor.isPresent()) {
            throw new IllegalArgumentException("give exactly one of an observation id or a contributor");
        }
        if (observationId.map(String::isBlank).orElse(false) || contributor.map(String::isBlank).orElse(false)) {
            throw new IllegalArgumentException("the observation id or contributor must not be blank");
        }
    }

    public static ForgetRequest observation(Path lake, String observationId) {
        return new ForgetRequest(lake, Optional.of(observationId), Optional.empty());
    }

    public static ForgetRequest contributor(Path lake, String contributor) {
        return new ForgetRequest(lake, Optional.empty(), Optional.of(contributor));
    }
}
