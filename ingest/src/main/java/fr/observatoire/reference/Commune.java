package fr.observatoire.reference;

import java.util.List;

/** A current COG commune with its parents and postal codes. */
public record Commune(String code, String name, String departementCode, String regionCode,
                      String epciCode, long population, List<String> postalCodes) {

    public Commune {
        postalCodes = List.copyOf(postalCodes);
    }
}
