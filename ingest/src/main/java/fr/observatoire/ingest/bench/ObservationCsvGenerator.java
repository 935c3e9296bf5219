package fr.observatoire.ingest.bench;

import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small, fast, seeded generator of field observations as one {@code ;}-separated UTF-8 CSV in the input schema v1,
 * for the ingest benchmark and round-trip tests. Row {@code i} depends only on the seed and {@code i}
 * ({@link #row(long)}), so a test can regenerate what it expects. About one text in eight holds personal data to
 * redact; {@code badRows} rows spread over the file carry one defect each.
 */
public final class ObservationCsvGenerator {

    public static final String HEADER = "date_observation;commune;groupe_acteur;contributeur;public;domaine;"
            + "type_observation;personnes;gravite;delai_attente_jours;description";

    private static final String[] CONTRIBUTORS = {"Association Les Tilleuls", "CCAS de la ville",
            "SAVS Horizon", "EHPAD Les Glycines", "Conseil départemental", "GCSMS Sud", "Plateforme de répit",
            "SSIAD du Val"};
    private static final String[] TEXTS = {
            "Manque de places en accueil de jour; les familles attendent plus de 6 mois",
            "Rupture de parcours à la sortie de l'ASE, aucun relais pour le logement",
            "Difficultés de transport pour accéder aux soins, 1 200 € de reste à charge par an",
            "Besoin d'un SAMSAH sur le territoire, liste d'attente de 2024 à 2026",
            "Les aidants sont épuisés, pas de solution de répit en week-end",
            "Bonne coordination avec l'équipe mobile, FINESS 750000523 à recontacter",
            "Isolement des personnes âgées en zone rurale, peu de visites à domicile",
            "Accès aux droits compliqué, dossiers MDPH en attente depuis le 12/03/2025"};
    private static final String[] PERSONAL = {
            " Contact: Mme Martin au 06 12 34 56 78",
            " Écrire à jean.dupont@example.org pour le suivi",
            " Suivi par M. Bernard, tel +33 1 23 45 67 89",
            " NIR transmis par erreur: 1 85 05 78 006 084 36"};
    private static final String[] DEFECTS = {"commune", "date", "public", "personnes"};

    private final long seed;
    private final List<String> communeCodes;
    private final long rows;
    private final long badRows;

    /** {@code communeCodes}: real COG codes to draw from (e.g. every commune of the reference). */
    public ObservationCsvGenerator(long seed, List<String> communeCodes, long rows, long badRows) {
        this.seed = seed;
        this.communeCodes = List.copyOf(communeCodes);
        this.rows = rows;
        this.badRows = Math.min(badRows, rows);
    }

    /** One generated row: canonical values, and the defect it carries (null for a valid row). */
    public record Row(LocalDate date, String commune, SourceGroup group, String contributor, Public publicTerm,
                      NeedDomain domain, ObservationKind kind, int persons, int severity, int waitingDays,
                      String text, String defect) {
    }

    public Row row(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1096));
        String commune = communeCodes.get(random.nextInt(communeCodes.size()));
        SourceGroup group = SourceGroup.values()[random.nextInt(SourceGroup.values().length)];
        String contributor = CONTRIBUTORS[random.nextInt(CONTRIBUTORS.length)];
        Public publicTerm = Public.values()[random.nextInt(Public.values().length)];
        NeedDomain domain = NeedDomain.values()[random.nextInt(NeedDomain.values().length)];
        ObservationKind kind = ObservationKind.values()[random.nextInt(ObservationKind.values().length)];
        int persons = random.nextInt(1, 40);
        int severity = random.nextInt(1, 5);
        int waiting = random.nextInt(0, 400);
        String text = TEXTS[random.nextInt(TEXTS.length)];
        if (random.nextInt(8) == 0) {
            text = text + PERSONAL[random.nextInt(PERSONAL.length)];
        }
        String defect = isBad(i) ? DEFECTS[(int) (i % DEFECTS.length)] : null;
        return new Row(date, commune, group, contributor, publicTerm, domain, kind, persons, severity, waiting, text,
                defect);
    }

    /** Bad rows are spread evenly over the file. */
    public boolean isBad(long i) {
        if (badRows == 0) {
            return false;
        }
        long step = rows / badRows;
        return i % step == 0 && i / step < badRows;
    }

    /** Writes the header and {@code rows} rows; row {@code i} is on physical line {@code i + 2}. */
    public void write(Path file) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                line.setLength(0);
                format(row(i), line);
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The CSV line of a row, with the varied spellings contributors use (labels, synonyms, d/M/yyyy). */
    static void format(Row row, StringBuilder line) {
        LocalDate date = row.date();
        if ("date".equals(row.defect())) {
            line.append("31/02/").append(date.getYear());
        } else if ((date.getDayOfMonth() & 1) == 0) {
            line.append(date);
        } else {
            line.append(date.getDayOfMonth()).append('/').append(date.getMonthValue()).append('/')
                    .append(date.getYear());
        }
        line.append(';').append("commune".equals(row.defect()) ? "99999" : row.commune());
        line.append(';').append(row.group().code());
        line.append(';').append(row.contributor());
        line.append(';').append("public".equals(row.defect()) ? "martiens" : (row.persons() & 1) == 0
                ? row.publicTerm().label() : row.publicTerm().code());
        line.append(';').append(row.domain().label());
        line.append(';').append(row.kind().code());
        line.append(';').append("personnes".equals(row.defect()) ? -row.persons() : row.persons());
        line.append(';').append(row.severity());
        line.append(';').append(row.waitingDays());
        line.append(';').append('"').append(row.text().replace("\"", "\"\"")).append('"');
        line.append('\n');
    }
}
