package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.lake.ReferenceTable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Imports reference data into {@code <lake>/reference/<table>/<table>.parquet}: COG communes (with postal codes),
 * EPCI, départements, INSEE population by age band, groupings, supply registry and DREES aide-sociale
 * beneficiaries. Every input is read and every table written to a staging folder before any table is moved into
 * place, so a failed import leaves the previous reference intact. Every table carries source, vintage and
 * imported_at. The quirks of the inputs (Corsica and Rhône codes, totals, missing values, vintages) are handled and
 * listed in the result.
 */
public final class ReferenceImport {

    static final String COG_SOURCE = "INSEE COG 2026 via @etalab/decoupage-administratif 6.0.0";
    static final String COG_VINTAGE = "COG 2026";

    private final Clock clock;

    public ReferenceImport(Clock clock) {
        this.clock = clock;
    }

    public ReferenceImportResult run(ReferenceImportRequest request) {
        Instant now = clock.instant();
        LocalDateTime importedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<TableReport> reports = new ArrayList<>();
        try (StagedTables staged = new StagedTables(request.lake())) {
            List<CogFiles.CogCommune> communes = CogFiles.communes(request.communes());
            List<CogFiles.CogEpci> epci = request.epci() == null ? List.of() : CogFiles.epci(request.epci());
            List<CogFiles.CogDepartement> departements = request.departements() == null ? List.of()
                    : CogFiles.departements(request.departements());
            Set<String> departementCodes = departements.stream().map(CogFiles.CogDepartement::code)
                    .collect(Collectors.toSet());

            reports.add(write(staged, ReferenceTable.COMMUNES, ReferenceColumns.COMMUNES,
                    communes(communes, request, departementCodes), communesSource(request),
                    "COG 2026; population municipale 2023 (légale, en vigueur au 1er janvier 2026)", importedAt));
            if (!epci.isEmpty()) {
                reports.add(write(staged, ReferenceTable.EPCI, ReferenceColumns.EPCI, epci(epci, communes),
                        "DGCL, EPCI à fiscalité propre, via @etalab/decoupage-administratif 6.0.0",
                        "EPCI at 1 January 2026; populations DGCL 2026", importedAt));
            }
            if (!departements.isEmpty()) {
                reports.add(write(staged, ReferenceTable.DEPARTEMENTS, ReferenceColumns.DEPARTEMENTS,
                        departements(departements), COG_SOURCE,
                        "COG 2026; population = sum of communes' population municipale 2023", importedAt));
            }
            if (request.population() != null) {
                TableData population = PopulationFile.read(request.population(), departementCodes);
                reports.add(write(staged, ReferenceTable.POPULATION, ReferenceColumns.POPULATION_BANDS, population,
                        "Insee, estimations de population par département et âge (" + name(request.population()) + ")",
                        "estimates at 1 January " + yearRange(population, 2)
                                + " (provisional results as of end 2024)", importedAt));
            }
            if (!request.groupings().isEmpty()) {
                TableData groupings = new GroupingFiles(communes, epci).read(request.groupings());
                reports.add(write(staged, ReferenceTable.GROUPINGS, ReferenceColumns.GROUPINGS, groupings,
                        names(request.groupings()), COG_VINTAGE, importedAt));
            }
            if (!request.supply().isEmpty()) {
                TableData supply = new SupplyFiles(communes).read(request.supply(), request.capacities());
                String vintage = supply.vintage() != null ? supply.vintage() : "as declared in the files";
                reports.add(write(staged, ReferenceTable.SUPPLY, ReferenceColumns.SUPPLY, supply,
                        names(request.supply()) + (request.capacities().isEmpty() ? ""
                                : "; capacities " + names(request.capacities())), vintage, importedAt));
            }
            if (request.aideSociale() != null) {
                TableData aide = AideSocialeFile.read(request.aideSociale(), request.aideSocialeTitles(),
                        departementCodes);
                reports.add(write(staged, ReferenceTable.AIDE_SOCIALE, ReferenceColumns.AIDE_SOCIALE, aide,
                        "DREES, enquête Aide sociale (" + name(request.aideSociale()) + ")",
                        "December of each year " + yearRange(aide, 2), importedAt));
            }
            staged.commit();
        }
        return new ReferenceImportResult(now, request.lake().reference(), reports);
    }

    private static TableReport write(StagedTables staged, ReferenceTable table, List<ReferenceColumns.Column> columns,
                                     TableData data, String source, String vintage, LocalDateTime importedAt) {
        List<Object[]> rows = new ArrayList<>(data.rows().size());
        for (Object[] values : data.rows()) {
            Object[] row = Arrays.copyOf(values, values.length + 3);
            row[values.length] = source;
            row[values.length + 1] = vintage;
            row[values.length + 2] = importedAt;
            if (row.length != columns.size()) {
                throw new IllegalStateException(table + ": " + row.length + " values for " + columns.size() + " columns");
            }
            rows.add(row);
        }
        staged.stage(table, columns, rows);
        return new TableReport(table, rows.size(), source, vintage, data.notes());
    }

    private static TableData communes(List<CogFiles.CogCommune> communes, ReferenceImportRequest request,
                                      Set<String> departements) {
        Map<String, List<String>> postal = request.postalCodes() == null ? Map.of()
                : PostalCodes.read(request.postalCodes());
        Set<String> known = new HashSet<>();
        List<Object[]> rows = new ArrayList<>(communes.size());
        int withoutPostal = 0;
        int withoutPopulation = 0;
        int withoutEpci = 0;
        Map<String, Integer> byZone = new TreeMap<>();
        for (CogFiles.CogCommune c : communes) {
            if (!departements.isEmpty() && !departements.contains(c.departementCode())) {
                throw InvalidInputException.at(name(request.communes()), c.line(), "code_departement",
                        c.departementCode(), "not a département of " + name(request.departements()));
            }
            known.add(c.code());
            List<String> codes = postal.getOrDefault(c.code(), List.of());
            withoutPostal += codes.isEmpty() ? 1 : 0;
            withoutPopulation += c.population() == null ? 1 : 0;
            withoutEpci += c.epciCode() == null ? 1 : 0;
            byZone.merge(c.zone() == null ? "unknown" : c.zone(), 1, Integer::sum);
            rows.add(new Object[] {c.code(), c.name(), c.departementCode(), c.regionCode(), c.epciCode(),
                    c.epciName(), c.epciType(), c.population(), codes.isEmpty() ? null : String.join("|", codes),
                    c.zone()});
        }
        List<String> notes = new ArrayList<>();
        notes.add("communes by zone: " + byZone);
        if (request.postalCodes() != null) {
            long unknown = postal.keySet().stream().filter(code -> !known.contains(code)).count();
            notes.add("postal codes: " + withoutPostal + " communes without postal code"
                    + (unknown > 0 ? ", " + unknown + " postal-code communes not in the COG ignored" : ""));
        } else {
            notes.add("postal codes: none given");
        }
        notes.add("communes outside any EPCI: " + withoutEpci);
        notes.add("missing values: " + withoutPopulation + " cells left null (population)");
        return new TableData(rows, notes);
    }

    private static TableData epci(List<CogFiles.CogEpci> epci, List<CogFiles.CogCommune> communes) {
        Set<String> known = communes.stream().map(CogFiles.CogCommune::code).collect(Collectors.toSet());
        Map<String, String> epciOfCommune = new HashMap<>();
        communes.forEach(c -> {
            if (c.epciCode() != null) {
                epciOfCommune.put(c.code(), c.epciCode());
            }
        });
        List<Object[]> rows = new ArrayList<>(epci.size());
        int unknownMembers = 0;
        int disagreeing = 0;
        for (CogFiles.CogEpci e : epci) {
            for (String member : e.memberCodes()) {
                if (!known.contains(member)) {
                    unknownMembers++;
                } else if (!e.code().equals(epciOfCommune.get(member))) {
                    disagreeing++;
                }
            }
            rows.add(new Object[] {e.code(), e.name(), e.type(), e.financing(), e.population(), e.populationTotale(),
                    e.memberCodes().size(), String.join("|", e.memberCodes())});
        }
        List<String> notes = new ArrayList<>();
        notes.add("EPCI populations are DGCL figures (another vintage): never mix them with commune populations "
                + "in one ratio");
        notes.add("members not in the COG communes: " + unknownMembers + "; members whose commune names another EPCI: "
                + disagreeing);
        return new TableData(rows, notes);
    }

    private static TableData departements(List<CogFiles.CogDepartement> departements) {
        List<Object[]> rows = new ArrayList<>(departements.size());
        Map<String, Integer> byZone = new TreeMap<>();
        for (CogFiles.CogDepartement d : departements) {
            byZone.merge(d.zone() == null ? "unknown" : d.zone(), 1, Integer::sum);
            rows.add(new Object[] {d.code(), d.name(), d.regionCode(), d.regionName(), d.zone(), d.chefLieu(),
                    d.communes(), d.population()});
        }
        return new TableData(rows, List.of("départements by zone: " + byZone
                + "; Corsica as 2A/2B, Rhône as 69 (Métropole de Lyon included)"));
    }

    private static String communesSource(ReferenceImportRequest request) {
        return COG_SOURCE + (request.postalCodes() == null ? ""
                : "; postal codes La Poste via the same package (" + name(request.postalCodes()) + ")");
    }

    private static String yearRange(TableData data, int yearIndex) {
        TreeSet<Integer> years = new TreeSet<>();
        data.rows().forEach(row -> years.add((Integer) row[yearIndex]));
        return years.isEmpty() ? "(none)" : years.first() + "–" + years.last();
    }

    private static String name(Path file) {
        return file == null ? "" : file.getFileName().toString();
    }

    private static String names(List<Path> files) {
        return files.stream().map(ReferenceImport::name).collect(Collectors.joining(", "));
    }
}
