package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.vocabulary.Public;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readers of the supply registry (établissements et services), from two layouts:
 * <ul>
 * <li>The published FINESS extract of établissements ({@code etalab-cs1100507}, or cs1100502 without coordinates):
 *     {@code ;}-separated, Latin-1, no header, a metadata first line {@code finess;etalab;<n>;<date>}, then
 *     {@code structureet;} lines and {@code geolocalisation;} lines. The {@code structureet} fields, in order:
 *     section, nofinesset, nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie, compvoie,
 *     lieuditbp, commune (3-digit number in the département), departement (2A, 2B, 9A..9F overseas), libdepartement,
 *     ligneacheminement, telephone, telecopie, categetab, libcategetab, categagretab, libcategagretab, siret,
 *     codeape, codemft, libmft, codesph, libsph, dateouv, dateautor, maj, numuai. {@code geolocalisation}: section,
 *     nofinesset, coordxet, coordyet (Lambert-93 in metropolitan France), sourcecoordet, datemaj. Relied on: the
 *     data.gouv.fr dataset "FINESS Extraction du Fichier des établissements" and its format description, as
 *     reproduced column by column in public readers of the file (github.com/taniki/notebooks, FINESS notebook;
 *     guillaumepressiat.github.io/finess_etalab, import_etalab), and verbatim lines of the 2026 extracts quoted in
 *     public test fixtures (e.g. {@code structureet;010000024;010780054;CH DE FLEYRIAT;...;451;01;AIN;01440 VIRIAT;
 *     ...;355;Centre Hospitalier (C.H.);...}, overseas {@code ...;101;9A;GUADELOUPE;97139 LES ABYMES;...}).</li>
 * <li>A plain CSV ({@code ;} or {@code ,}, UTF-8 or Latin-1) with the columns establishment_id, name, category_code,
 *     category, public, places, commune_code, departement_code.</li>
 * </ul>
 * FINESS établissement lines carry no capacity. Capacities come from companion files: the FINESS équipements
 * extract ({@code etalab-cs1100505}: {@code equipementsocial;nofinesset;de;libde;ta;libta;client;libclient;
 * sourceinfo;capinstot;...}, capinstot the 10th field, lines with indsupinst (16th field) = O are withdrawn
 * equipment and skipped; capacities summed per établissement) or a plain {@code finess;places} CSV.
 */
final class SupplyFiles {

    private static final int ET_ID = 1;
    private static final int EJ_ID = 2;
    private static final int RS = 3;
    private static final int RS_LONG = 4;
    private static final int COMMUNE = 12;
    private static final int DEPARTEMENT = 13;
    private static final int CATEGETAB = 18;
    private static final int LIBCATEGETAB = 19;
    private static final int EQ_CAPINSTOT = 9;
    private static final int EQ_INDSUPINST = 15;

    /** FINESS overseas département letters → COG département. */
    private static final Map<String, String> OVERSEAS = Map.of(
            "9A", "971", "9B", "972", "9C", "973", "9D", "974", "9E", "975", "9F", "976");

    private final Map<String, String> communeDepartement = new HashMap<>();
    private final SupplyCategories categories = new SupplyCategories();

    SupplyFiles(List<CogFiles.CogCommune> communes) {
        for (CogFiles.CogCommune commune : communes) {
            communeDepartement.put(commune.code(), commune.departementCode());
        }
    }

    /** Rows in {@link ReferenceColumns#SUPPLY} order, without the provenance columns. */
    TableData read(List<Path> supplyFiles, List<Path> capacityFiles) {
        Map<String, Long> capacities = new HashMap<>();
        for (Path file : capacityFiles) {
            readCapacities(file, capacities);
        }
        List<Object[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> extractDates = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (Path file : supplyFiles) {
            Csv csv = Csv.read(file, (char) 0);
            boolean finess = csv.rows().stream().limit(5).anyMatch(row -> row.field(0).equals("structureet")
                    || row.field(0).equals("finess"));
            if (finess) {
                readFiness(csv, capacities, rows, notes, seen, extractDates);
            } else {
                readPlain(csv, capacities, rows, notes, seen);
            }
        }
        long withoutCapacity = rows.stream().filter(row -> row[7] == null).count();
        notes.add("establishments without capacity: " + withoutCapacity + " of " + rows.size());
        Map<String, Integer> byCategory = new TreeMap<>();
        rows.forEach(row -> byCategory.merge((String) row[5], 1, Integer::sum));
        notes.add("by category: " + byCategory);
        return new TableData(rows, notes, extractDates.isEmpty() ? null
                : "FINESS extract of " + String.join(", ", extractDates));
    }

    private void readFiness(Csv csv, Map<String, Long> capacities, List<Object[]> rows, List<String> notes,
                            Map<String, Long> seen, List<String> extractDates) {
        Map<String, double[]> coordinates = new HashMap<>();
        for (Csv.Row row : csv.rows()) {
            if (row.field(0).equals("geolocalisation")) {
                Double x = Cells.decimal(row.field(2), csv.fileName(), row.line(), "coordxet");
                Double y = Cells.decimal(row.field(3), csv.fileName(), row.line(), "coordyet");
                if (x != null && y != null) {
                    coordinates.put(row.field(1).strip(), new double[] {x, y});
                }
            }
        }
        int unmapped = 0;
        int outsideCog = 0;
        int arrondissements = 0;
        List<String> outsideExamples = new ArrayList<>();
        int count = 0;
        for (Csv.Row row : csv.rows()) {
            String section = row.field(0);
            if (section.equals("finess")) {
                notes.add(csv.fileName() + ": FINESS extract of " + row.field(3) + " (" + csv.charsetName() + ")");
                extractDates.add(row.field(3).strip());
                continue;
            }
            if (!section.equals("structureet")) {
                continue;
            }
            if (row.fields().size() <= LIBCATEGETAB) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "categetab", null,
                        "a structureet line has " + row.fields().size() + " fields, expected at least 20");
            }
            String id = row.field(ET_ID).strip();
            unique(id, csv, row, seen);
            String finessDep = row.field(DEPARTEMENT).strip();
            String departement = OVERSEAS.getOrDefault(finessDep, finessDep);
            String communeNumber = row.field(COMMUNE).strip();
            String commune = OVERSEAS.containsKey(finessDep) ? "97" + communeNumber : finessDep + communeNumber;
            String parent = Territories.arrondissementCommune(commune);
            if (parent != null && !communeDepartement.containsKey(commune)) {
                commune = parent;
                arrondissements++;
            }
            if (!communeDepartement.containsKey(commune)) {
                outsideCog++;
                if (outsideExamples.size() < 3) {
                    outsideExamples.add(id + "→" + commune);
                }
                commune = null;
            }
            String categetab = row.field(CATEGETAB).strip();
            SupplyCategories.Category category = categories.finess(categetab).orElse(null);
            if (category == null) {
                unmapped++;
            }
            String name = Cells.text(row.field(RS_LONG)) != null ? row.field(RS_LONG).strip() : row.field(RS).strip();
            double[] xy = coordinates.get(id);
            Long places = capacities.get(id);
            rows.add(new Object[] {id, Cells.text(row.field(EJ_ID)), name, categetab,
                    Cells.text(row.field(LIBCATEGETAB)), category == null ? SupplyCategories.OTHER : category.code(),
                    category == null ? null : category.publicCode(), places == null ? null : places.intValue(),
                    commune, departement, xy == null ? null : xy[0], xy == null ? null : xy[1]});
            count++;
        }
        notes.add(csv.fileName() + ": " + count + " FINESS établissements, " + coordinates.size()
                + " with Lambert-93 coordinates");
        if (unmapped > 0) {
            notes.add(csv.fileName() + ": " + unmapped + " établissements of categories outside the crosswalk "
                    + "kept as OTHER");
        }
        if (arrondissements > 0) {
            notes.add(csv.fileName() + ": " + arrondissements + " établissements located by municipal arrondissement "
                    + "(Paris, Lyon, Marseille) mapped to their commune");
        }
        if (outsideCog > 0) {
            notes.add(csv.fileName() + ": " + outsideCog + " établissements in communes that are not in COG 2026 "
                    + "(commune left null, département kept), e.g. " + outsideExamples);
        }
    }

    private void readPlain(Csv csv, Map<String, Long> capacities, List<Object[]> rows, List<String> notes,
                           Map<String, Long> seen) {
        Csv.Header header = csv.header();
        int id = header.require("establishment_id", "finess", "nofinesset", "id");
        int name = header.require("name", "nom", "raison_sociale", "rs");
        int categoryCode = header.find("category_code", "categetab", "code_categorie");
        int category = header.find("category", "categorie", "libcategetab");
        int publicColumn = header.find("public");
        int places = header.find("places", "capacite", "capacity", "capinstot");
        int commune = header.require("commune_code", "code_insee", "commune");
        int departement = header.find("departement_code", "code_departement", "departement");
        if (categoryCode < 0 && category < 0) {
            throw InvalidInputException.at(csv.fileName(), 1, "category", null,
                    "a supply file needs a category_code or a category column");
        }
        int unmapped = 0;
        for (Csv.Row row : csv.body()) {
            String establishment = row.field(id).strip();
            if (establishment.isEmpty()) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "establishment_id", "",
                        "missing establishment id");
            }
            unique(establishment, csv, row, seen);
            String code = categoryCode < 0 ? null : Cells.text(row.field(categoryCode));
            String label = category < 0 ? null : Cells.text(row.field(category));
            SupplyCategories.Category normalised = code == null ? null : categories.finess(code).orElse(null);
            if (normalised == null && label != null) {
                normalised = categories.named(label).orElse(null);
            }
            if (normalised == null && code != null) {
                normalised = categories.named(code).orElse(null);
            }
            if (normalised == null) {
                unmapped++;
            }
            String communeCode = row.field(commune).strip();
            String parent = Territories.arrondissementCommune(communeCode);
            if (!communeDepartement.containsKey(communeCode) && parent != null) {
                communeCode = parent;
            }
            if (!communeDepartement.containsKey(communeCode)) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "commune_code", communeCode,
                        "not a current commune of the COG");
            }
            String declaredDep = departement < 0 ? null : Cells.text(row.field(departement));
            String dep = communeDepartement.get(communeCode);
            if (declaredDep != null && !declaredDep.equals(dep)) {
                throw InvalidInputException.at(csv.fileName(), row.line(), "departement_code", declaredDep,
                        "commune " + communeCode + " is in département " + dep);
            }
            Long capacity = places < 0 ? null
                    : Cells.wholeNumber(row.field(places), csv.fileName(), row.line(), "places");
            if (capacity == null) {
                capacity = capacities.get(establishment);
            }
            String declaredPublic = publicColumn < 0 ? null : Cells.text(row.field(publicColumn));
            String publicCode = declaredPublic != null
                    ? Public.parse(declaredPublic).map(Public::code).orElseThrow(() ->
                    InvalidInputException.at(csv.fileName(), row.line(), "public", declaredPublic,
                            "not a public of the vocabulary"))
                    : normalised == null ? null : normalised.publicCode();
            rows.add(new Object[] {establishment, null, row.field(name).strip(), code,
                    label, normalised == null ? SupplyCategories.OTHER : normalised.code(), publicCode,
                    capacity == null ? null : capacity.intValue(), communeCode, dep, null, null});
        }
        notes.add(csv.fileName() + ": " + csv.body().size() + " establishments (plain CSV, " + csv.charsetName() + ")");
        if (unmapped > 0) {
            notes.add(csv.fileName() + ": " + unmapped + " establishments of categories outside the crosswalk "
                    + "kept as OTHER");
        }
    }

    private static void unique(String id, Csv csv, Csv.Row row, Map<String, Long> seen) {
        Long previous = seen.putIfAbsent(id, row.line());
        if (previous != null) {
            throw InvalidInputException.at(csv.fileName(), row.line(), "establishment_id", id,
                    "establishment listed twice (first on line " + previous + ")");
        }
    }

    private static void readCapacities(Path file, Map<String, Long> capacities) {
        Csv csv = Csv.read(file, (char) 0);
        boolean equipements = csv.rows().stream().anyMatch(row -> row.field(0).equals("equipementsocial"));
        if (equipements) {
            for (Csv.Row row : csv.rows()) {
                if (!row.field(0).equals("equipementsocial") || row.field(EQ_INDSUPINST).strip().equals("O")) {
                    continue;
                }
                Long capacity = Cells.wholeNumber(row.field(EQ_CAPINSTOT), csv.fileName(), row.line(), "capinstot");
                if (capacity != null) {
                    capacities.merge(row.field(1).strip(), capacity, Long::sum);
                }
            }
            return;
        }
        Csv.Header header = csv.header();
        int id = header.require("finess", "nofinesset", "establishment_id");
        int places = header.require("places", "capinstot", "capacite", "capacity");
        for (Csv.Row row : csv.body()) {
            Long capacity = Cells.wholeNumber(row.field(places), csv.fileName(), row.line(), "places");
            String establishment = row.field(id).strip();
            if (capacity != null) {
                capacities.merge(establishment, capacity, Long::sum);
            }
        }
    }
}
