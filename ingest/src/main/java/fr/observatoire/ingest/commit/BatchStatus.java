package fr.observatoire.ingest.commit;

import java.util.Arrays;
import java.util.Locale;

/** The {@code status} column of the ledger. */
public enum BatchStatus {
    /** Observations and rejects are visible in the lake. */
    COMMITTED,
    /** Reject ratio over the threshold: rejects kept so the contributor can fix them, no observation committed. */
    REJECTED,
    /** Every file of the batch was already committed: nothing staged again. */
    DUPLICATE,
    /** The batch could not be read (refused file, checksum mismatch, error): nothing committed. */
    FAILED,
    /** A right-to-erasure request removed rows from the lake. */
    ERASURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BatchStatus parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ledger status '" + code + "'"));
    }
}
