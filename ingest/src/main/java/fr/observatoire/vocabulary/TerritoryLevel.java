package fr.observatoire.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** Levels of the COG hierarchy, finest first; also the precision of an observation's territory. */
public enum TerritoryLevel {
    COMMUNE, EPCI, DEPARTEMENT, REGION, FRANCE;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<TerritoryLevel> parse(String raw) {
        String key = Terms.fold(raw);
        for (TerritoryLevel level : values()) {
            if (level.code().equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
