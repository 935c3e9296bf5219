package fr.observatoire.ingest.validate;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import fr.observatoire.ingest.read.RawRecord;
import fr.observatoire.ingest.redact.Redactor;
import fr.observatoire.ingest.schema.ColumnMapping;
import fr.observatoire.ingest.schema.Field;
import fr.observatoire.reference.Territories;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns a raw record into a valid, normalised, redacted {@link Observation}, or into every violation of its row.
 * One instance per file and thread (or per chunk of rows): it keeps small caches of what it derived from the raw
 * values of low-cardinality fields and is not thread-safe. Every code, period, contributor and form version it puts in
 * an observation is one instance per value (the reference's, the vocabulary's or an interned one), so that consumers
 * which dictionary-encode them compare instances first.
 */
public final class ObservationValidator {

    /** The period of a year when the batch gives none: one string per year, not one per row. */
    private static final String[] YEARS = java.util.stream.IntStream.rangeClosed(Dates.MIN_YEAR, Dates.MAX_YEAR)
            .mapToObj(Integer::toString).toArray(String[]::new);

    private static final Vocabulary GROUPS = Vocabulary.of(Field.GROUPE_ACTEUR, "source group", SourceGroup.class,
            SourceGroup::parse);
    private static final Vocabulary PUBLICS = Vocabulary.of(Field.PUBLIC, "public", Public.class, Public::parse);
    private static final Vocabulary DOMAINS = Vocabulary.of(Field.DOMAINE, "need domain", NeedDomain.class,
            NeedDomain::parse);
    private static final Vocabulary KINDS = Vocabulary.of(Field.TYPE_OBSERVATION, "observation kind",
            ObservationKind.class, ObservationKind::parse);

    private final BatchDefaults batch;
    private final TerritoryResolver territories;
    private final Redactor redactor;
    private final RowProblems problems;
    private final String idPrefix;
    private final ValueCache<String> publics = new ValueCache<>();
    private final ValueCache<String> domains = new ValueCache<>();
    private final ValueCache<String> kinds = new ValueCache<>();
    private final ValueCache<String> groups = new ValueCache<>();
    private final ValueCache<Redaction> contributors = new ValueCache<>();
    private final ValueCache<String> formVersions = new ValueCache<>();

    /** A contributor as redacted, and what its redaction found (null when nothing), per kind. */
    private record Redaction(String text, int[] found) {
    }

    public ObservationValidator(Territories territories, Redactor redactor, BatchDefaults batch) {
        this(new CommuneCodes(territories), redactor, batch);
    }

    /** With the commune look-ups shared by every validator of a stage. */
    public ObservationValidator(CommuneCodes communes, Redactor redactor, BatchDefaults batch) {
        this.batch = batch;
        this.territories = new TerritoryResolver(communes);
        this.redactor = redactor;
        this.problems = new RowProblems(batch.fileName(), redactor);
        this.idPrefix = batch.fileSha256().substring(0, Math.min(16, batch.fileSha256().length())) + "-";
    }

    /**
     * Validates one record read under {@code mapping}; redactions made are added to {@code redactions} (indexed by
     * {@link fr.observatoire.ingest.redact.RedactionKind#ordinal()}).
     */
    public Validated validate(RawRecord record, ColumnMapping mapping, int[] redactions) {
        long line = record.line();
        problems.reset(line, mapping);
        if (record.isMalformed()) {
            problems.add(null, ViolationCode.MALFORMED_RECORD, null, "Cannot read the record: " + record.malformed());
            return invalid(record);
        }
        String[] row = record.values();

        LocalDate observedOn = date(mapping, row);
        TerritoryResolver.Territory territory = territories.resolve(value(mapping, row, Field.COMMUNE),
                value(mapping, row, Field.CODE_POSTAL), value(mapping, row, Field.DEPARTEMENT), problems);
        String group = term(mapping, row, GROUPS, groups,
                batch.sourceGroup() == null ? null : batch.sourceGroup().code());
        String publicCode = term(mapping, row, PUBLICS, publics, null);
        String domain = term(mapping, row, DOMAINS, domains, null);
        String kind = term(mapping, row, KINDS, kinds, null);
        Integer persons = whole(mapping, row, Field.PERSONNES, 0, Integer.MAX_VALUE);
        Integer severity = whole(mapping, row, Field.GRAVITE, 1, 4);
        Integer waiting = whole(mapping, row, Field.DELAI_ATTENTE_JOURS, 0, Integer.MAX_VALUE);
        if (problems.any()) {
            return invalid(record);
        }
        int before = sum(redactions);
        String text = value(mapping, row, Field.DESCRIPTION);
        text = text == null ? null : redactor.redact(text, redactions);
        String contributor = value(mapping, row, Field.CONTRIBUTEUR);
        contributor = contributor == null ? batch.contributor() : contributor(contributor, redactions);
        String id = value(mapping, row, Field.OBSERVATION_ID);
        String formVersion = value(mapping, row, Field.VERSION_FORMULAIRE);
        return new Validated.Valid(new Observation(
                id == null ? idPrefix + line : id,
                group,
                contributor,
                observedOn,
                batch.period().isPresent() ? batch.period().get() : year(observedOn),
                territory.communeCode(),
                territory.epciCode(),
                territory.departementCode(),
                territory.regionCode(),
                territory.precision(),
                publicCode,
                domain,
                kind,
                persons,
                severity,
                waiting,
                text,
                formVersion == null ? batch.formVersion().orElse(null) : canonical(formVersion),
                sum(redactions) - before,
                batch.fileName(),
                line,
                batch.ingestedAt()));
    }

    private static String year(LocalDate date) {
        int year = date.getYear();
        return year >= Dates.MIN_YEAR && year <= Dates.MAX_YEAR ? YEARS[year - Dates.MIN_YEAR]
                : Integer.toString(year).intern();
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * The contributor as redacted, one instance per value (the JVM's interned one, shared with the other validators
     * of the stage) while the cache has room; its redactions are counted on every row.
     */
    private String contributor(String raw, int[] redactions) {
        Redaction known = contributors.get(raw);
        if (known == null) {
            int[] found = new int[redactions.length];
            String text = redactor.redact(raw, found);
            boolean none = sum(found) == 0;
            known = new Redaction(contributors.isFull() ? text : text.intern(), none ? null : found);
            contributors.put(raw, known);
        }
        if (known.found() != null) {
            for (int i = 0; i < redactions.length; i++) {
                redactions[i] += known.found()[i];
            }
        }
        return known.text();
    }

    /** One instance per form version (the JVM's interned one) while the cache has room. */
    private String canonical(String formVersion) {
        String known = formVersions.get(formVersion);
        if (known == null) {
            if (formVersions.isFull()) {
                return formVersion;
            }
            known = formVersion.intern();
            formVersions.put(formVersion, known);
        }
        return known;
    }

    /** The stripped value of a field, null when absent or blank. */
    private static String value(ColumnMapping mapping, String[] row, Field field) {
        String raw = mapping.value(row, field);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!Character.isWhitespace(raw.charAt(0)) && !Character.isWhitespace(raw.charAt(raw.length() - 1))) {
            return raw; // nothing to strip (the common case): no scan, no copy
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private LocalDate date(ColumnMapping mapping, String[] row) {
        Field field = mapping.has(Field.DATE_OBSERVATION) ? Field.DATE_OBSERVATION : Field.SUBMISSION_TIME;
        String raw = value(mapping, row, field);
        if (raw == null) {
            problems.add(Field.DATE_OBSERVATION, ViolationCode.MISSING_FIELD, null,
                    "Missing required `date_observation`");
            return null;
        }
        LocalDate date = Dates.parse(raw, batch.excelDates());
        if (date == null) {
            problems.add(field, ViolationCode.INVALID_DATE, raw,
                    "Cannot parse `date_observation` '" + raw + "': not a date");
        }
        return date;
    }

    /** The code of a vocabulary field, the term's own instance; {@code fallback} when the field is empty. */
    private String term(ColumnMapping mapping, String[] row, Vocabulary vocabulary, ValueCache<String> cache,
                        String fallback) {
        Field field = vocabulary.field();
        String raw = value(mapping, row, field);
        if (raw == null) {
            if (fallback == null) {
                problems.add(field, ViolationCode.MISSING_FIELD, null, "Missing required `" + field.canonical() + "`");
            }
            return fallback;
        }
        String code = cache.get(raw);
        if (code == null) {
            code = vocabulary.code(raw);
            cache.put(raw, code);
        }
        if (code.isEmpty()) {
            problems.add(field, ViolationCode.UNKNOWN_VOCABULARY, raw, "Cannot parse `" + field.canonical() + "` '"
                    + raw + "': not a known " + vocabulary.what() + " (expected one of " + vocabulary.expected() + ")");
            return null;
        }
        return code;
    }

    private Integer whole(ColumnMapping mapping, String[] row, Field field, int min, int max) {
        String raw = value(mapping, row, field);
        if (raw == null) {
            return null;
        }
        long value = WholeNumbers.parse(raw);
        if (value == WholeNumbers.INVALID || value > Integer.MAX_VALUE) {
            problems.add(field, ViolationCode.INVALID_NUMBER, raw, "Cannot parse `" + field.canonical() + "` '" + raw
                    + "': not a whole number");
            return null;
        }
        if (value < 0 && min == 0) {
            problems.add(field, ViolationCode.NEGATIVE_NUMBER, raw, "Cannot use `" + field.canonical() + "` '" + raw
                    + "': must be 0 or more");
            return null;
        }
        if (value < min || value > max) {
            problems.add(field, ViolationCode.OUT_OF_RANGE, raw, "Cannot use `" + field.canonical() + "` '" + raw
                    + "': must be between " + min + " and " + max);
            return null;
        }
        return (int) value;
    }

    private Validated invalid(RawRecord record) {
        return new Validated.Invalid(problems.violations(), rawJson(record));
    }

    /** The whole row as a JSON object keyed by the file's column names, values redacted. */
    private String rawJson(RawRecord record) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        int[] ignored = new int[fr.observatoire.ingest.redact.RedactionKind.values().length];
        StringBuilder json = new StringBuilder("{");
        List<String> columns = record.columns();
        String[] values = record.values();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            String name = i < columns.size() ? columns.get(i) : "column_" + (i + 1);
            json.append('"').append(encoder.quoteAsString(name)).append("\":");
            if (values[i] == null) {
                json.append("null");
            } else {
                json.append('"').append(encoder.quoteAsString(redactor.redact(values[i], ignored))).append('"');
            }
        }
        return json.append('}').toString();
    }
}
