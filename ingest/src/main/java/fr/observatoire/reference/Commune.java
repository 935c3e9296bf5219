package fr.observatoire.reference;

import java.util.List;

/**
 * A current commune of the COG: its code ("2A004"), name, département ("2A", "971"), région, EPCI SIREN (null for the
 * few communes outside any EPCI: islands, overseas collectivities), legal population (population municipale, 0 when
 * none is published) and postal codes.
 */
public record Commune(String code, String name, String departementCode, String regionCode,
                      String epciCode, long population, List<String> postalCodes) {

    public Commune {
        postalCodes = List.copyOf(postalCodes);
    }
}
