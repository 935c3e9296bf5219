package fr.observatoire.samples.supply;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What was written.
 *
 * @param establishmentsFile FINESS établissements extract layout (structureet and geolocalisation lines, Latin-1)
 * @param capacitiesFile     companion {@code finess;places} file
 * @param plainFile          habitat inclusif in the plain supply layout (not registered in FINESS)
 * @param establishments     établissements and habitats written, all files together
 * @param withoutCapacity    FINESS établissements deliberately left out of the capacities file
 * @param places             places per "département/CATEGORY" key, e.g. "59/EHPAD"
 */
public record SupplyResult(Path establishmentsFile, Path capacitiesFile, Path plainFile, int establishments,
                           List<String> withoutCapacity, Map<String, Long> places) {

    public SupplyResult {
        withoutCapacity = List.copyOf(withoutCapacity);
        places = Map.copyOf(places);
    }
}
