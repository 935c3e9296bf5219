package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reader of postal codes by commune: {@code codes_postaux_2026.csv} ({@code code_insee;code_postal}, one row per pair)
 * or La Poste's own layout ({@code Code_commune_INSEE;Nom_de_la_commune;Code_postal;...}, one row per delivery
 * line, so pairs repeat and are deduplicated). {@code ;} or {@code ,}, UTF-8 or Latin-1.
 */
final class PostalCodes {

    static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private PostalCodes() {
    }

    /** Postal codes by commune code, in file order. */
    static Map<String, List<String>> read(Path file) {
        Csv csv = Csv.read(file, (char) 0);
        Csv.Header header = csv.header();
        int commune = header.require("code_insee", "code_commune_insee", "commune_code", "code_commune");
        int postal = header.require("code_postal", "postal_code");
        Map<String, List<String>> byCommune = new HashMap<>();
        for (Csv.Row row : csv.body()) {
            String code = row.field(commune).strip();
            String postalCode = row.field(postal).strip();
            if (!CogFiles.COMMUNE_CODE.matcher(code).matches()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_insee", code,
                        "not a COG commune code");
            }
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_postal", postalCode,
                        "not a 5-digit postal code");
            }
            List<String> codes = byCommune.computeIfAbsent(code, k -> new ArrayList<>(2));
            if (!codes.contains(postalCode)) {
                codes.add(postalCode);
            }
        }
        return byCommune;
    }
}
