package fr.observatoire.ingest.validate;

import java.util.List;

/** The outcome of validating one record: a valid observation, or every violation found in the row. */
public sealed interface Validated {

    record Valid(Observation observation) implements Validated {
    }

    /** {@code rawRecord} is the whole input row as a JSON object, its values redacted. */
    record Invalid(List<Violation> violations, String rawRecord) implements Validated {

        public Invalid {
            violations = List.copyOf(violations);
        }
    }
}
