package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readers of the COG 2026 files as published through {@code @etalab/decoupage-administratif} 6.0.0 (comma-separated,
 * UTF-8, quoted names): communes, EPCI and départements. Columns are found by name, so INSEE's own COG files
 * ({@code v_commune_<year>.csv}: TYPECOM, COM, REG, DEP, ..., LIBELLE; {@code v_departement_<year>.csv}: DEP, REG,
 * CHEFLIEU, ..., LIBELLE) are read too, keeping only the communes (TYPECOM = COM, not the arrondissements municipaux
 * nor the communes déléguées or associées); they carry no EPCI and no population.
 */
final class CogFiles {

    static final Pattern COMMUNE_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    static final Pattern DEPARTEMENT_CODE = Pattern.compile("[0-9]{2}|2[AB]|9[78][0-9]");
    static final Pattern SIREN = Pattern.compile("[0-9]{9}");

    record CogCommune(long line, String code, String name, String departementCode, String regionCode, String zone,
                      String epciCode, String epciName, String epciType, Long population) {
    }

    record CogEpci(long line, String code, String name, String type, String financing, Long population,
                   Long populationTotale, List<String> memberCodes) {
    }

    record CogDepartement(long line, String code, String name, String regionCode, String regionName, String zone,
                          String chefLieu, Integer communes, Long population) {
    }

    private CogFiles() {
    }

    static List<CogCommune> communes(Path file) {
        Csv csv = Csv.read(file, ',');
        Csv.Header header = csv.header();
        int code = header.require("code_insee", "commune_code", "code", "com");
        int name = header.require("nom", "commune_name", "libelle");
        int type = header.find("typecom");
        int dep = header.require("code_departement", "departement_code", "dep");
        int reg = header.require("code_region", "region_code", "reg");
        int zone = header.find("zone");
        int epci = header.find("siren_epci", "epci_code");
        int epciName = header.find("nom_epci", "epci_name");
        int epciType = header.find("type_epci", "epci_type");
        int population = header.find("population_municipale", "population");
        List<CogCommune> communes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Csv.Row row : csv.body()) {
            if (type >= 0 && !row.field(type).strip().equals("COM")) {
                continue;
            }
            String commune = row.field(code).strip();
            if (!COMMUNE_CODE.matcher(commune).matches()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_insee", commune,
                        "not a COG commune code");
            }
            if (!seen.add(commune)) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_insee", commune,
                        "the commune is listed twice");
            }
            String departement = row.field(dep).strip();
            if (!DEPARTEMENT_CODE.matcher(departement).matches()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_departement", departement,
                        "not a COG département code");
            }
            communes.add(new CogCommune(row.line(), commune, row.field(name).strip(), departement,
                    row.field(reg).strip(), optional(row, zone), optional(row, epci), optional(row, epciName),
                    optional(row, epciType),
                    population < 0 ? null
                            : Cells.wholeNumber(row.field(population), csv.fileName(), row.line(),
                            "population_municipale")));
        }
        return communes;
    }

    static List<CogEpci> epci(Path file) {
        Csv csv = Csv.read(file, ',');
        Csv.Header header = csv.header();
        int code = header.require("siren_epci", "epci_code", "siren");
        int name = header.require("nom", "epci_name");
        int type = header.find("type", "epci_type");
        int financing = header.find("mode_financement");
        int population = header.find("population_municipale");
        int populationTotale = header.find("population_totale");
        int members = header.require("codes_insee_membres", "member_codes");
        List<CogEpci> all = new ArrayList<>();
        for (Csv.Row row : csv.body()) {
            String siren = row.field(code).strip();
            if (!SIREN.matcher(siren).matches()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "siren_epci", siren, "not a SIREN");
            }
            String rawMembers = row.field(members).strip();
            List<String> memberCodes = rawMembers.isEmpty() ? List.of()
                    : Arrays.stream(rawMembers.split("\\|")).map(String::strip).toList();
            all.add(new CogEpci(row.line(), siren, row.field(name).strip(), optional(row, type),
                    optional(row, financing),
                    population < 0 ? null : Cells.wholeNumber(row.field(population), csv.fileName(), row.line(),
                            "population_municipale"),
                    populationTotale < 0 ? null : Cells.wholeNumber(row.field(populationTotale), csv.fileName(),
                            row.line(), "population_totale"),
                    memberCodes));
        }
        return all;
    }

    static List<CogDepartement> departements(Path file) {
        Csv csv = Csv.read(file, ',');
        Csv.Header header = csv.header();
        int code = header.require("code_departement", "departement_code", "dep");
        int name = header.require("nom", "departement_name", "libelle");
        int reg = header.require("code_region", "region_code", "reg");
        int regName = header.find("nom_region", "region_name");
        int zone = header.find("zone");
        int chefLieu = header.find("chef_lieu", "cheflieu");
        int communes = header.find("nb_communes");
        int population = header.find("population_municipale_somme_communes", "population");
        List<CogDepartement> all = new ArrayList<>();
        for (Csv.Row row : csv.body()) {
            String departement = row.field(code).strip();
            if (!DEPARTEMENT_CODE.matcher(departement).matches()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "code_departement", departement,
                        "not a COG département code");
            }
            Long count = communes < 0 ? null
                    : Cells.wholeNumber(row.field(communes), csv.fileName(), row.line(), "nb_communes");
            all.add(new CogDepartement(row.line(), departement, row.field(name).strip(), row.field(reg).strip(),
                    optional(row, regName), optional(row, zone), optional(row, chefLieu),
                    count == null ? null : count.intValue(),
                    population < 0 ? null : Cells.wholeNumber(row.field(population), csv.fileName(), row.line(),
                            "population")));
        }
        return all;
    }

    private static String optional(Csv.Row row, int index) {
        return index < 0 ? null : Cells.text(row.field(index));
    }
}
