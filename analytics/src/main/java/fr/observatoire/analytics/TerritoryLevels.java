package fr.observatoire.analytics;

import fr.observatoire.vocabulary.TerritoryLevel;
import java.util.Locale;

/**
 * The {@code level} values of job outputs: the COG levels ({@code commune}, {@code epci}, {@code departement},
 * {@code region}, {@code france}) and {@code grouping:<name>} for each grouping of the reference table.
 */
public final class TerritoryLevels {

    /** Prefix of a grouping level: {@code grouping:MEL}. */
    public static final String GROUPING_PREFIX = "grouping:";

    private TerritoryLevels() {
    }

    /**
     * Checks a level named on the command line and returns it in its output spelling; null stays null (every
     * level).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static String parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith(GROUPING_PREFIX)) {
            String name = value.substring(GROUPING_PREFIX.length());
            if (name.isBlank()) {
                throw new IllegalArgumentException("Level '" + raw + "' names no grouping: write grouping:<name>");
            }
            return GROUPING_PREFIX + name;
        }
        return TerritoryLevel.parse(value).map(TerritoryLevel::code).orElseThrow(() -> new IllegalArgumentException(
                "Unknown level '" + raw + "': expected commune, epci, departement, region, france or grouping:<name>"));
    }
}
