package fr.observatoire.ingest.validate;

import fr.observatoire.reference.Commune;
import fr.observatoire.reference.Territories;
import java.util.Optional;

/**
 * The communes of a {@link Territories} by COG code, memoised in a flat array indexed by the code's digits (2A and 2B
 * apart): a row's commune is one array read instead of a hash look-up that walks the reference's keys. Shared by the
 * validators of one stage: a slot is written at most with the same immutable commune, so threads may race on it.
 */
public final class CommuneCodes {

    private static final int CORSICA = 100_000;

    private final Territories territories;
    private final Commune[] byIndex = new Commune[CORSICA + 2000];

    public CommuneCodes(Territories territories) {
        this.territories = territories;
    }

    Territories territories() {
        return territories;
    }

    /** As {@link Territories#commune(String)}. */
    Commune commune(String code) {
        int index = index(code);
        if (index < 0) {
            return territories.commune(code).orElse(null);
        }
        Commune commune = byIndex[index];
        if (commune == null) {
            Optional<Commune> found = territories.commune(code);
            if (found.isPresent()) {
                commune = found.get();
                byIndex[index] = commune;
            }
        }
        return commune;
    }

    /** 0..99999 for 5 digits, then 2A000.. and 2B000..; -1 for anything else. */
    private static int index(String code) {
        if (code.length() != 5) {
            return -1;
        }
        int base;
        char second = code.charAt(1);
        if (second >= '0' && second <= '9') {
            base = 0;
            if (!digit(code.charAt(0))) {
                return -1;
            }
        } else if (code.charAt(0) == '2' && (second == 'A' || second == 'B')) {
            base = CORSICA + (second == 'A' ? 0 : 1000);
        } else {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (i == 1 && base > 0) {
                continue;
            }
            if (!digit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return base == 0 ? value : base + value % 1000;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
