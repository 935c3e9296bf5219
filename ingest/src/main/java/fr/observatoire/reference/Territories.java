package fr.observatoire.reference;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The territories used to normalise observations: current communes of the COG with their EPCI, département and
 * région, found by code, postal code or name. Immutable and safe to share between threads; lookups do no I/O and
 * allocate nothing on the common path (a map lookup returning a shared immutable value).
 */
public final class Territories {

    private final Map<String, Commune> byCode;
    private final Map<String, List<Commune>> byPostalCode;
    private final Map<String, List<Commune>> byName;
    private final Map<String, String> departementRegion;
    /** Each département code, to itself: the one instance every commune and look-up of that département gives. */
    private final Map<String, String> departements;

    private Territories(List<Commune> read, Map<String, String> departementRegion) {
        // One String instance per distinct code: consumers that dictionary-encode these columns compare instances
        // first, and the communes of one département then share its code instead of holding a copy each.
        Map<String, String> pool = new HashMap<>();
        Map<String, String> regions = new HashMap<>(departementRegion.size() * 2);
        departementRegion.forEach((departement, region) -> regions.put(canonical(pool, departement),
                canonical(pool, region)));
        List<Commune> communes = new ArrayList<>(read.size());
        for (Commune c : read) {
            communes.add(new Commune(c.code(), c.name(), canonical(pool, c.departementCode()),
                    canonical(pool, c.regionCode()), canonical(pool, c.epciCode()), c.population(), c.postalCodes()));
        }
        Map<String, Commune> codes = new HashMap<>(communes.size() * 2);
        Map<String, List<Commune>> postal = new HashMap<>(communes.size() * 2);
        Map<String, List<Commune>> names = new HashMap<>(communes.size() * 2);
        for (Commune commune : communes) {
            codes.put(commune.code(), commune);
            for (String postalCode : commune.postalCodes()) {
                postal.computeIfAbsent(postalCode, k -> new ArrayList<>(1)).add(commune);
            }
            names.computeIfAbsent(NameKey.of(commune.name()), k -> new ArrayList<>(1)).add(commune);
        }
        this.byCode = Map.copyOf(codes);
        this.byPostalCode = freeze(postal);
        this.byName = freeze(names);
        this.departementRegion = Map.copyOf(regions);
        Map<String, String> departements = new HashMap<>(regions.size() * 2);
        regions.keySet().forEach(code -> departements.put(code, code));
        this.departements = Map.copyOf(departements);
    }

    private static String canonical(Map<String, String> pool, String value) {
        return value == null ? null : pool.computeIfAbsent(value, v -> v);
    }

    private static Map<String, List<Commune>> freeze(Map<String, List<Commune>> lists) {
        Map<String, List<Commune>> frozen = new HashMap<>(lists.size() * 2);
        lists.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
        return Map.copyOf(frozen);
    }

    /** From {@code <lake>/reference/communes} and {@code departements}, as written by {@link ReferenceImport}. */
    public static Territories load(Lake lake) {
        Path communes = lake.reference(ReferenceTable.COMMUNES);
        Path departements = lake.reference(ReferenceTable.DEPARTEMENTS);
        if (!Files.isDirectory(communes) || !Files.isDirectory(departements)) {
            throw new ObservatoryException("No reference territories in " + lake.reference()
                    + ": run `observatory reference import` first");
        }
        List<Commune> all = new ArrayList<>(40_000);
        Map<String, String> regions = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            String communesSql = Resources.sql("territories-communes.sql")
                    .replace("${communes}", Sql.literal(Lake.glob(communes)));
            try (ResultSet rows = statement.executeQuery(communesSql)) {
                while (rows.next()) {
                    String postal = rows.getString(7);
                    all.add(new Commune(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getLong(6),
                            postal == null || postal.isEmpty() ? List.of() : Arrays.asList(postal.split("\\|"))));
                }
            }
            String departementsSql = Resources.sql("territories-departements.sql")
                    .replace("${departements}", Sql.literal(Lake.glob(departements)));
            try (ResultSet rows = statement.executeQuery(departementsSql)) {
                while (rows.next()) {
                    regions.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot read the reference territories in " + lake.reference() + ": "
                    + e.getMessage(), e);
        }
        return new Territories(all, regions);
    }

    /** From the COG files directly (no lake): communes, postal codes (may be null: no postal code) and départements. */
    public static Territories fromCsv(Path cogCommunesCsv, Path postalCodesCsv, Path departementsCsv) {
        Map<String, List<String>> postal = postalCodesCsv == null ? Map.of() : PostalCodes.read(postalCodesCsv);
        List<Commune> communes = new ArrayList<>(40_000);
        for (CogFiles.CogCommune c : CogFiles.communes(cogCommunesCsv)) {
            communes.add(new Commune(c.code(), c.name(), c.departementCode(), c.regionCode(), c.epciCode(),
                    c.population() == null ? 0 : c.population(), postal.getOrDefault(c.code(), List.of())));
        }
        Map<String, String> regions = new HashMap<>();
        for (CogFiles.CogDepartement d : CogFiles.departements(departementsCsv)) {
            regions.put(d.code(), d.regionCode());
        }
        return new Territories(communes, regions);
    }

    /**
     * The commune with this exact COG code ("2A004", "01001"). A municipal arrondissement code of Paris (75101–75120),
     * Lyon (69381–69389) or Marseille (13201–13216) gives its commune (75056, 69123, 13055).
     */
    public Optional<Commune> commune(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Commune commune = byCode.get(code);
        if (commune == null) {
            String parent = arrondissementCommune(code);
            commune = parent == null ? null : byCode.get(parent);
        }
        return Optional.ofNullable(commune);
    }

    /** The commune of a municipal arrondissement code, or null. */
    static String arrondissementCommune(String code) {
        if (code.length() != 5 || !Character.isDigit(code.charAt(3)) || !Character.isDigit(code.charAt(4))) {
            return null;
        }
        int last = (code.charAt(3) - '0') * 10 + (code.charAt(4) - '0');
        if (code.startsWith("751") && last >= 1 && last <= 20) {
            return "75056";
        }
        if (code.startsWith("6938") && last >= 81 && last <= 89) {
            return "69123";
        }
        if (code.startsWith("132") && last >= 1 && last <= 16) {
            return "13055";
        }
        return null;
    }

    /** The communes served by this postal code (0..n). A 4-digit code is read with its lost leading zero. */
    public List<Commune> byPostalCode(String postalCode) {
        if (postalCode == null) {
            return List.of();
        }
        List<Commune> communes = byPostalCode.get(postalCode);
        if (communes == null && postalCode.length() == 4) {
            communes = byPostalCode.get("0" + postalCode);
        }
        return communes == null ? List.of() : communes;
    }

    /**
     * The communes with this name, compared folded (accents, case, hyphens and apostrophes, "St"/"Saint", a leading
     * article): "st etienne" finds Saint-Étienne; a homonym gives several communes.
     */
    public List<Commune> byName(String name) {
        List<Commune> communes = byName.get(NameKey.of(name));
        return communes == null ? List.of() : communes;
    }

    /** The région of a département ("2A" → "94"), empty if the département is unknown. */
    public Optional<String> departementRegion(String departementCode) {
        return departementCode == null ? Optional.empty()
                : Optional.ofNullable(departementRegion.get(departementCode));
    }

    /**
     * This reference's own instance of a département code ({@code "2A"} gives the same String every time, the one its
     * communes hold), empty if the département is unknown.
     */
    public Optional<String> departement(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(departements.get(code));
    }

    public boolean isDepartement(String code) {
        return code != null && departementRegion.containsKey(code);
    }

    public int communeCount() {
        return byCode.size();
    }
}
