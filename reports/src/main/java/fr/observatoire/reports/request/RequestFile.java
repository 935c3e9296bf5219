package fr.observatoire.reports.request;

import java.util.List;

/**
 * A request from a département as written in JSON or YAML (wire record: strings, nullable fields).
 *
 * <pre>
 * requester: {organisation: "Conseil départemental de Lot-et-Garonne", departement: "47"}
 * territory: {level: departement, code: "47"}     # or {communes: ["47001", "47323"]} or {grouping: NAME}
 * period: "2025"                                    # optional: the latest
 * publics: [personnes_agees]                        # optional: all
 * themes: [maintien_domicile, repit_aidants]        # need domains, optional: all
 * comparisons: ["33", "24"]                         # départements, optional
 * threshold: 5                                      # optional, never below the observatory's default
 * output: "cd47"                                    # folder inside the output root, optional
 * </pre>
 */
public record RequestFile(Requester requester, Territory territory, String period, List<String> publics,
        List<String> themes, List<String> comparisons, Integer threshold, String output) {

    public record Requester(String organisation, String departement) {
    }

    public record Territory(String level, String code, List<String> communes, String grouping) {
    }
}
