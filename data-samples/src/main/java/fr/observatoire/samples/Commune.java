package fr.observatoire.samples;

/** A COG 2026 commune with its legal population (population municipale). */
public record Commune(String code, String name, String departement, String region, String epciCode, String epciName,
                      long population) {
}
