package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readers of user-defined groupings of communes (a metropolis, a bassin de vie, the zones of a schéma), in either of
 * two {@code ;}-separated layouts, told apart by their header:
 * <pre>
 * grouping;commune_code;zone          one line per commune (zone optional)
 * grouping;zone;members               one line per grouping or zone; members '|'-separated, each an EPCI SIREN
 *                                     (9 digits, expanded to its member communes), a département code (expanded to
 *                                     its communes) or a commune code
 * </pre>
 * Lines starting with {@code #} are comments. An unknown code is an error naming the file, line and value; a commune
 * listed twice in one grouping too.
 */
final class GroupingFiles {

    private final Map<String, CogFiles.CogCommune> communes = new HashMap<>();
    private final Map<String, List<String>> epciMembers = new HashMap<>();
    private final Map<String, List<String>> departementCommunes = new HashMap<>();

    GroupingFiles(List<CogFiles.CogCommune> communes, List<CogFiles.CogEpci> epci) {
        for (CogFiles.CogCommune commune : communes) {
            this.communes.put(commune.code(), commune);
            departementCommunes.computeIfAbsent(commune.departementCode(), k -> new ArrayList<>()).add(commune.code());
        }
        for (CogFiles.CogEpci e : epci) {
            epciMembers.put(e.code(), e.memberCodes());
        }
    }

    /** Rows: grouping, commune_code, zone, departement_code. */
    TableData read(List<Path> files) {
        List<Object[]> rows = new ArrayList<>();
        Map<String, Map<String, Long>> lineOfCommune = new HashMap<>();
        Set<String> groupings = new LinkedHashSet<>();
        Set<String> zones = new LinkedHashSet<>();
        for (Path file : files) {
            Csv csv = Csv.read(file, ';');
            List<Csv.Row> body = new ArrayList<>();
            Csv.Row headerRow = null;
            for (Csv.Row row : csv.rows()) {
                if (row.field(0).strip().startsWith("#")) {
                    continue;
                }
                if (headerRow == null) {
                    headerRow = row;
                } else {
                    body.add(row);
                }
            }
            if (headerRow == null) {
                continue;
            }
            Csv.Header header = new Csv.Header(csv.fileName(), headerRow);
            int grouping = header.require("grouping", "groupement");
            int zone = header.find("zone");
            int commune = header.find("commune_code", "code_insee");
            int members = header.find("members", "membres");
            if (commune < 0 && members < 0) {
                throw InvalidInputException.at(csv.fileName(), headerRow.line(), "commune_code", null,
                        "a grouping file needs a commune_code column or a members column");
            }
            for (Csv.Row row : body) {
                String name = row.field(grouping).strip();
                if (name.isEmpty()) {
                    throw InvalidInputException.at(csv.fileName(), row.line(), "grouping", "", "missing grouping name");
                }
                String zoneName = zone < 0 ? null : Cells.text(row.field(zone));
                List<String> codes = commune >= 0
                        ? List.of(resolveCommune(row.field(commune).strip(), csv.fileName(), row.line(), "commune_code"))
                        : expand(row.field(members), csv.fileName(), row.line());
                for (String code : codes) {
                    Long previous = lineOfCommune.computeIfAbsent(name, k -> new HashMap<>()).putIfAbsent(code,
                            row.line());
                    if (previous != null) {
                        throw InvalidInputException.at(csv.fileName(), row.line(), commune >= 0 ? "commune_code"
                                : "members", code, "commune already in grouping '" + name + "' (line " + previous + ")");
                    }
                    rows.add(new Object[] {name, code, zoneName, communes.get(code).departementCode()});
                }
                groupings.add(name);
                if (zoneName != null) {
                    zones.add(name + "/" + zoneName);
                }
            }
        }
        return new TableData(rows, List.of("groupings: " + groupings.size() + " groupings, " + zones.size()
                + " zones, " + rows.size() + " commune rows"));
    }

    private List<String> expand(String raw, String file, long line) {
        List<String> codes = new ArrayList<>();
        for (String member : raw.split("\\|")) {
            String code = member.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (CogFiles.SIREN.matcher(code).matches()) {
                List<String> members = epciMembers.get(code);
                if (members == null) {
                    throw InvalidInputException.at(file, line, "members", code, "not an EPCI SIREN of the COG");
                }
                codes.addAll(members);
            } else if (code.length() <= 3 && departementCommunes.containsKey(code)) {
                codes.addAll(departementCommunes.get(code));
            } else {
                codes.add(resolveCommune(code, file, line, "members"));
            }
        }
        if (codes.isEmpty()) {
            throw InvalidInputException.at(file, line, "members", raw, "no member");
        }
        return codes;
    }

    private String resolveCommune(String code, String file, long line, String field) {
        if (communes.containsKey(code)) {
            return code;
        }
        String parent = Territories.arrondissementCommune(code);
        if (parent != null && communes.containsKey(parent)) {
            return parent;
        }
        throw InvalidInputException.at(file, line, field, code, "not a current commune of the COG");
    }
}
