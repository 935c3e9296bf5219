package fr.observatoire.samples.supply;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.samples.Commune;
import fr.observatoire.samples.Territories;
import fr.observatoire.vocabulary.AgeBand;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a <b>synthetic</b> supply registry for a few départements in the layout of the published FINESS extract
 * (etalab {@code cs1100507}: {@code ;}-separated, Latin-1, a metadata first line {@code finess;etalab;<n>;<date>},
 * {@code structureet} lines then {@code geolocalisation} lines in Lambert-93), a companion {@code finess;places}
 * capacities file, and the habitats inclusifs (not in FINESS) in the plain supply layout. Establishments are placed
 * in real communes; their number of places follows planted equipment rates per 1,000 of the target population
 * (see {@link Category}), with one zone blanche: no SSIAD in {@value #ZONE_BLANCHE_EPCI}.
 *
 * <p>Field order of {@code structureet} (as in the etalab extract, e.g. the line
 * {@code structureet;010000024;010780054;CH DE FLEYRIAT;...;451;01;AIN;01440 VIRIAT;...;355;...}): nofinesset,
 * nofinessej, rs, rslongue, complrs, compldistrib, numvoie, typvoie, voie, compvoie, lieuditbp, commune (3 digits),
 * departement, libdepartement, ligneacheminement, telephone, telecopie, categetab, libcategetab, categagretab,
 * libcategagretab, siret, codeape, codemft, libmft, codesph, libsph, dateouv, dateautor, datemaj, numuai.
 * {@code geolocalisation}: nofinesset, coordxet, coordyet, sourcecoordet, datemaj.
 */
public final class SupplySampleGenerator {

    /** Val de Garonne Agglomération (47): no SSIAD there. */
    public static final String ZONE_BLANCHE_EPCI = "200030674";
    public static final Category ZONE_BLANCHE_CATEGORY = Category.SSIAD;
    public static final String POPULATION_FILE = "insee_pop_dep_tranches_cles_2015_2025.csv";
    /** Établissements (one per département, the last SAMSAH) left out of the capacities file. */
    static final Category WITHOUT_CAPACITY = Category.SAMSAH;

    private static final List<String> NAMES = List.of("LES TILLEULS", "LA ROSERAIE", "LES CHARMILLES",
            "LE VAL FLEURI", "LES GLYCINES", "LE CLOS DES VIGNES", "LES HORIZONS", "L'ESCALE", "LE PHARE",
            "LES COQUELICOTS", "LA SOURCE", "LES PEUPLIERS", "LE BOIS JOLI", "LES CIGALES", "L'ARC EN CIEL",
            "LES OLIVIERS", "LE MOULIN", "LA PASSERELLE", "LES LILAS", "LE TREMPLIN");
    private static final List<String> STREET_TYPES = List.of("RUE", "AV", "BD", "CHE", "PL", "ALL", "IMP", "RTE");
    private static final List<String> STREETS = List.of("DES ACACIAS", "JEAN JAURES", "DU GENERAL DE GAULLE",
            "DE LA GARE", "PASTEUR", "VICTOR HUGO", "DE LA REPUBLIQUE", "DES ECOLES", "DU MOULIN", "SADI CARNOT",
            "DE LA LIBERATION", "DES TILLEULS");

    private final Territories territories;
    private final Path referenceDir;

    /** @param referenceDir folder holding the INSEE population file and the départements GeoJSON */
    public SupplySampleGenerator(Territories territories, Path referenceDir) {
        this.territories = territories;
        this.referenceDir = referenceDir;
    }

    public SupplyResult generate(SupplyRequest request) {
        Map<String, Map<AgeBand, Long>> population = population(request.populationYear());
        DepartementShapes shapes = DepartementShapes.load(referenceDir);
        SplittableRandom random = new SplittableRandom(request.seed());
        List<Establishment> establishments = new ArrayList<>();
        Map<String, Long> places = new TreeMap<>();
        for (String departement : request.departements()) {
            Map<AgeBand, Long> bands = population.get(departement);
            if (bands == null) {
                throw new InvalidInputException(POPULATION_FILE + ": no population for département " + departement
                        + " in " + request.populationYear());
            }
            List<Commune> communes = territories.communes(List.of(departement));
            int sequence = 1;
            int legalEntities = 0;
            for (Category category : Category.values()) {
                long target = Math.round(category.rate(departement) * bands.get(category.band()) / 1000.0);
                List<Commune> eligible = category == ZONE_BLANCHE_CATEGORY
                        ? communes.stream().filter(c -> !ZONE_BLANCHE_EPCI.equals(c.epciCode())).toList()
                        : communes;
                Pool pool = new Pool(eligible, category == Category.EHPAD || category == Category.SSIAD ? 0.6 : 0.9);
                int count = (int) Math.max(1, Math.round((double) target / category.averagePlaces()));
                long[] sizes = sizes(target, count, random);
                for (int i = 0; i < count; i++) {
                    Commune commune = pool.draw(random);
                    if (i % 4 == 0) {
                        legalEntities++;
                    }
                    establishments.add(establishment(category, commune, sequence++, legalEntities, sizes[i],
                            shapes, request.extractDate(), random));
                    places.merge(departement + "/" + category.normalised(), sizes[i], Long::sum);
                }
            }
        }
        try {
            Files.createDirectories(request.outDir());
            String stamp = request.extractDate().toString().replace("-", "");
            Path finess = request.outDir().resolve("finess_etablissements_" + stamp + ".csv");
            Path capacities = request.outDir().resolve("finess_capacites_" + stamp + ".csv");
            Path plain = request.outDir().resolve("habitat_inclusif_" + stamp + ".csv");
            List<String> withoutCapacity = writeFiness(finess, capacities, establishments, request.extractDate());
            writePlain(plain, establishments);
            return new SupplyResult(finess, capacities, plain, establishments.size(), withoutCapacity, places);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the supply sample under " + request.outDir(), e);
        }
    }

    record Establishment(String finess, String legalEntity, Category category, String shortName, String longName,
                         Commune commune, long places, int number, String streetType, String street,
                         LocalDate opened, LocalDate updated, double x, double y) {
    }

    private Establishment establishment(Category category, Commune commune, int sequence, int legalEntity,
                                        long places, DepartementShapes shapes, LocalDate extract,
                                        SplittableRandom random) {
        String dep = commune.departement();
        String finess = finess(dep, 10_000 + sequence * 7);
        String ej = finess(dep, 90_000 + legalEntity);
        String name = NAMES.get(random.nextInt(NAMES.size()));
        String town = upper(commune.name());
        String prefix = switch (category) {
            case RESIDENCE_ACCUEIL -> "RESIDENCE ACCUEIL";
            case HABITAT_INCLUSIF -> "HABITAT INCLUSIF";
            default -> category.name();
        };
        String shortName = (prefix + " " + (random.nextBoolean() ? name : town)).replace("  ", " ");
        String longName = shortName + " - " + town;
        LocalDate opened = LocalDate.of(1975 + random.nextInt(48), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate updated = extract.minusDays(30 + random.nextInt(900));
        double[] lonLat = shapes.pointIn(dep, random).orElse(new double[] {3.0, 46.5});
        double[] xy = Lambert93.project(lonLat[0], lonLat[1]);
        return new Establishment(finess, ej, category, shortName, longName, commune, Math.max(4, places),
                1 + random.nextInt(180), STREET_TYPES.get(random.nextInt(STREET_TYPES.size())),
                STREETS.get(random.nextInt(STREETS.size())), opened, updated, xy[0], xy[1]);
    }

    /** Places of {@code count} establishments around the average, summing exactly to {@code target}. */
    private static long[] sizes(long target, int count, SplittableRandom random) {
        double[] raw = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            raw[i] = 0.6 + 0.8 * random.nextDouble();
            sum += raw[i];
        }
        long[] sizes = new long[count];
        long assigned = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = Math.max(1, Math.round(target * raw[i] / sum));
            assigned += sizes[i];
        }
        sizes[count - 1] = Math.max(1, sizes[count - 1] + target - assigned);
        return sizes;
    }

    /** A FINESS number: département on two characters, six digits, a Luhn check digit. */
    static String finess(String departement, int serial) {
        String body = departement + String.format("%06d", serial);
        return body + luhn(body);
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            int d = Character.isDigit(c) ? c - '0' : (c == 'A' ? 1 : 2);
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    private List<String> writeFiness(Path finess, Path capacities, List<Establishment> all, LocalDate extract)
            throws IOException {
        List<Establishment> registered = all.stream().filter(e -> e.category().inFiness()).toList();
        Map<String, Establishment> lastWithout = new HashMap<>();
        for (Establishment e : registered) {
            if (e.category() == WITHOUT_CAPACITY) {
                lastWithout.put(e.commune().departement(), e);
            }
        }
        List<String> withoutCapacity = lastWithout.values().stream().map(Establishment::finess).sorted().toList();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(finess, StandardCharsets.ISO_8859_1))) {
            out.write("finess;etalab;" + registered.size() + ";" + extract + "\n");
            for (Establishment e : registered) {
                Commune c = e.commune();
                String dep = c.departement();
                String[] fields = {"structureet", e.finess(), e.legalEntity(), e.shortName(), e.longName(), "", "",
                        Integer.toString(e.number()), e.streetType(), e.street(), "", "", c.code().substring(2), dep,
                        upper(territories.departementName(dep).orElse(dep)), upper(c.name()), "", "",
                        e.category().code(), e.category().label(), e.category().aggregate(),
                        e.category().aggregateLabel(), "", e.category().ape(), "", "", "", "",
                        e.opened().toString(), e.opened().toString(), e.updated().toString(), ""};
                out.write(String.join(";", fields));
                out.write('\n');
            }
            for (Establishment e : registered) {
                out.write(String.format(Locale.ROOT, "geolocalisation;%s;%.1f;%.1f;%s;%s%n", e.finess(), e.x(),
                        e.y(), "1,SYNTHETIQUE,0,ALEATOIRE_DANS_LE_DEPARTEMENT,EPSG:2154 RGF93 / Lambert-93 (Métropole)",
                        e.updated()));
            }
        }
        try (Writer out = Files.newBufferedWriter(capacities, StandardCharsets.ISO_8859_1)) {
            out.write("finess;places\n");
            for (Establishment e : registered) {
                if (!withoutCapacity.contains(e.finess())) {
                    out.write(e.finess() + ";" + e.places() + "\n");
                }
            }
        }
        return withoutCapacity;
    }

    private static void writePlain(Path plain, List<Establishment> all) throws IOException {
        try (Writer out = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
            out.write("establishment_id;name;category_code;category;public;places;commune_code;departement_code\n");
            int n = 0;
            for (Establishment e : all) {
                if (e.category().inFiness()) {
                    continue;
                }
                n++;
                String target = n % 3 == 0 ? "adultes_handicapes" : e.category().target().code();
                String name = "Habitat inclusif " + title(e.shortName().substring("HABITAT INCLUSIF ".length()));
                out.write(String.join(";", "HI-" + e.commune().departement() + "-" + String.format("%03d", n), name,
                        "", e.category().normalised(), target, Long.toString(e.places()), e.commune().code(),
                        e.commune().departement()));
                out.write('\n');
            }
        }
    }

    /** Upper case without accents, as FINESS spells names: "Bouches-du-Rhône" → "BOUCHES DU RHONE". */
    static String upper(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toUpperCase(Locale.ROOT).replace('-', ' ').replace("Œ", "OE").replace("Æ", "AE")
                .replace('’', '\'');
    }

    private static String title(String upper) {
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '\'';
        }
        return out.toString();
    }

    private Map<String, Map<AgeBand, Long>> population(int year) {
        Path file = referenceDir.resolve(POPULATION_FILE);
        Map<String, Map<AgeBand, Long>> population = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] header = reader.readLine().split(",");
            List<String> columns = List.of(header);
            String line;
            long number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] fields = line.split(",", -1);
                if (!Integer.toString(year).equals(fields[0])) {
                    continue;
                }
                Map<AgeBand, Long> bands = new HashMap<>();
                for (AgeBand band : AgeBand.values()) {
                    int index = columns.indexOf(band.column());
                    try {
                        bands.put(band, Long.parseLong(fields[index]));
                    } catch (RuntimeException e) {
                        throw new InvalidInputException(POPULATION_FILE + " line " + number + ", field "
                                + band.column() + ": cannot use '" + (index >= 0 && index < fields.length
                                ? fields[index] : "") + "': not a whole number", e);
                    }
                }
                population.put(fields[1], bands);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return population;
    }

    /** Communes drawn with a weight of population^exponent (flatter than population for small places). */
    private static final class Pool {
        private final List<Commune> communes;
        private final double[] cumulative;

        Pool(List<Commune> communes, double exponent) {
            this.communes = communes;
            this.cumulative = new double[communes.size()];
            double sum = 0;
            for (int i = 0; i < communes.size(); i++) {
                sum += Math.pow(communes.get(i).population(), exponent);
                cumulative[i] = sum;
            }
        }

        Commune draw(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (target < cumulative[i]) {
                    return communes.get(i);
                }
            }
            return communes.get(communes.size() - 1);
        }
    }
}
