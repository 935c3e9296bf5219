package fr.observatoire.reports.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.lake.Lake;
import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.ReportRequest;
import fr.observatoire.reports.ReportResult;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.SourceVintage;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.view.Cell;
import fr.observatoire.reports.view.KeyFigure;
import fr.observatoire.reports.view.Table;
import fr.observatoire.reports.view.TerritoryCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import fr.observatoire.analytics.AllJobs;
import fr.observatoire.analytics.JobSummary;
import fr.observatoire.analytics.duckdb.DuckDbEngine;

/**
 * Serves a request from a département: reads and validates the request file, writes a dated bundle
 * {@code <output>/<yyyyMMdd>-<requester>-<territory>/} (fiche HTML, CSV/XLSX exports, {@code figures.json},
 * {@code methodology.md}) and appends an entry to {@code <output root>/requests.log.jsonl}, refusals included.
 *
 * <p>Before the request is validated against the lake, {@code analytics} brings the analytics outputs up to date
 * ({@link #rerunOnDuckDb(Clock)} runs every job on the embedded engine) and says what it did; that sentence goes
 * into {@code figures.json}, {@code methodology.md} and the log.
 */
public final class RequestRunner {

    static final String ENGINE_NOTE = "analytics outputs read from the lake as they are (DuckDB); jobs not re-run";
    public static final String LOG = "requests.log.jsonl";

    private final Clock clock;
    private final ReportGenerator generator;
    private final Function<Lake, String> analytics;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads the analytics outputs as they are in the lake. */
    public RequestRunner(Clock clock, ReportGenerator generator) {
        this(clock, generator, lake -> ENGINE_NOTE);
    }

    /** Runs {@code analytics} on the lake first; it returns a sentence saying which jobs ran on which engine. */
    public RequestRunner(Clock clock, ReportGenerator generator, Function<Lake, String> analytics) {
        this.clock = clock;
        this.generator = generator;
        this.analytics = analytics;
    }

    /** Every analytics job (themes included), default settings, all periods, on DuckDB: same figures as Spark. */
    public static Function<Lake, String> rerunOnDuckDb(Clock clock) {
        return lake -> {
            try (DuckDbEngine engine = new DuckDbEngine()) {
                List<? extends JobSummary> summaries = new AllJobs(engine, clock).run(lake);
                return "analytics jobs re-run on DuckDB for this request: " + summaries.stream()
                        .map(s -> s.job() + " " + s.rows() + " rows").collect(Collectors.joining(", "));
            }
        };
    }

    public RequestResult run(Path requestFile, Path lake, Path outputRoot, boolean decimalComma) {
        String file = requestFile.getFileName().toString();
        RequestFile request = read(requestFile);
        String engine = analytics.apply(new Lake(lake));
        ValidRequest valid;
        try (LakeReader reader = LakeReader.open(new Lake(lake))) {
            valid = new RequestValidator(reader, outputRoot).validate(request, file);
        } catch (InvalidInputException e) {
            log(outputRoot.toAbsolutePath().normalize(), request, file, null, "refused", e.getMessage(), engine);
            throw e;
        }
        String date = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        Path bundle = valid.outputFolder().resolve(date + "-" + TerritoryRef.slugOf(valid.organisation()) + "-"
                + valid.territorySlug());
        ReportResult report = generator.generate(new ReportRequest(lake, valid.selector(), valid.period(),
                valid.threshold(), bundle, decimalComma, valid.scope(), true));
        write(bundle.resolve("figures.json"), figures(valid, report, engine));
        write(bundle.resolve("methodology.md"), methodology(valid, report, engine));
        Path log = log(outputRoot.toAbsolutePath().normalize(), request, file, bundle, "served", null, engine);
        return new RequestResult(bundle, report, log);
    }

    RequestFile read(Path requestFile) {
        String name = requestFile.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new ObjectMapper(new YAMLFactory())
                : new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return mapper.readValue(requestFile.toFile(), RequestFile.class);
        } catch (JsonProcessingException e) {
            long line = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u
                    ? lineOf(requestFile, u.getPropertyName())
                    : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPathReference().replaceAll("^.*RequestFile\\[\"?", "").replaceAll("\"?]$", "") : null;
            throw new InvalidInputException(InvalidInputException.at(requestFile.getFileName().toString(), line,
                    field, null, e.getOriginalMessage()).getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read request " + requestFile + ": " + e.getMessage(), e);
        }
    }

    /** The line where a property name is written (the YAML parser reports where it stopped, not the key). */
    private static long lineOf(Path file, String property) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                    "(^|[\\s{,])\"?" + java.util.regex.Pattern.quote(property) + "\"?\\s*:");
            for (int i = 0; i < lines.size(); i++) {
                if (key.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private String figures(ValidRequest valid, ReportResult report, String engine) {
        ObjectNode root = json.createObjectNode();
        root.put("requester", valid.organisation());
        root.put("departement", valid.departement());
        root.put("engine", engine);
        ArrayNode pages = root.putArray("territories");
        for (ReportResult.Page page : report.pages()) {
            TerritoryCard card = page.card();
            ObjectNode p = pages.addObject();
            p.put("level", card.territory().level());
            p.put("code", card.territory().code());
            p.put("name", card.territory().name());
            p.put("period", card.period());
            p.put("threshold", card.threshold());
            ArrayNode keys = p.putArray("key_figures");
            for (KeyFigure key : card.keyFigures()) {
                keys.addObject().put("label", key.label()).put("value", key.value()).put("denominator", key.denominator());
            }
            ObjectNode tables = p.putObject("tables");
            for (Table table : card.tables()) {
                ArrayNode rows = tables.putArray(table.id());
                for (List<Cell> row : table.rows()) {
                    ObjectNode r = rows.addObject();
                    for (int i = 0; i < row.size(); i++) {
                        Cell cell = row.get(i);
                        String column = table.columns().get(i).label();
                        if (cell.hidden()) {
                            r.put(column, Cell.SECRET);
                        } else if (cell.number() != null) {
                            r.put(column, cell.number());
                        } else if (cell.empty()) {
                            r.putNull(column);
                        } else {
                            r.put(column, cell.text());
                        }
                    }
                }
            }
            ArrayNode notes = p.putArray("suppression_notes");
            card.suppressionNotes().forEach(notes::add);
            ArrayNode sources = p.putArray("sources");
            for (SourceVintage s : card.sources()) {
                sources.addObject().put("table", s.table()).put("source", s.source()).put("vintage", s.vintage());
            }
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write figures.json", e);
        }
    }

    private static String methodology(ValidRequest valid, ReportResult report, String engine) {
        StringBuilder md = new StringBuilder();
        md.append("# Méthodologie — demande de ").append(valid.organisation()).append("\n\n");
        md.append("- Territoire : ").append(String.join(", ", report.pages().stream()
                .map(p -> p.card().territory().levelLabel() + " " + p.card().territory().code() + " ("
                        + p.card().territory().name() + "), période " + p.card().period()).toList())).append('\n');
        md.append("- Publics : ").append(valid.scope().publics().isEmpty() ? "tous" : String.join(", ",
                valid.scope().publics().stream().sorted().toList())).append('\n');
        md.append("- Domaines de besoin : ").append(valid.scope().domains().isEmpty() ? "tous" : String.join(", ",
                valid.scope().domains().stream().sorted().toList())).append('\n');
        md.append("- Thèmes des textes : ").append(valid.scope().themes().isEmpty() ? "tous" : String.join(", ",
                valid.scope().themes().stream().sorted().toList())).append('\n');
        md.append("- Comparaisons : ").append(valid.scope().comparisons().isEmpty() ? "aucune"
                : String.join(", ", valid.scope().comparisons())).append('\n');
        md.append("- Secret statistique : effectifs inférieurs à ").append(valid.threshold())
                .append(" masqués, avec secret secondaire\n");
        md.append("- Calcul : ").append(engine).append("\n\n");
        md.append("## Définitions\n\n");
        md.append("- **Taux pour 10 000 habitants** : personnes concernées / population de la tranche d'âge de référence × 10 000; "
                + "numérateurs et dénominateurs sommés au territoire avant la division.\n");
        md.append("- **Constat partagé** : besoin rapporté par au moins 3 des 4 groupes d'acteurs.\n");
        md.append("- **Thèmes des textes** : thèmes repérés dans les textes libres par le vocabulaire versionné de "
                + "l'observatoire; une observation compte une fois par thème; constat partagé des textes : thème "
                + "mentionné par au moins 3 des 4 groupes d'acteurs.\n");
        md.append("- **Spécificité** : score signé comparant la part des textes du territoire (ou d'un groupe) qui "
                + "mentionnent un thème à celle de l'ensemble (attendu n × K / N).\n");
        md.append("- **Taux d'équipement** : places pour 1 000 habitants de la tranche d'âge cible, comparé aux médianes "
                + "nationale et régionale.\n");
        md.append("- **Secret statistique** : secret primaire sous le seuil, puis secret secondaire jusqu'à ce qu'aucune "
                + "case masquée ne puisse être retrouvée par différence avec les totaux, ni entre territoires emboîtés "
                + "(un territoire moins ses autres sous-territoires publiés).\n\n");
        md.append("## Valeurs masquées\n\n");
        for (ReportResult.Page page : report.pages()) {
            if (page.card().suppressionNotes().isEmpty()) {
                md.append("- ").append(page.card().territory().code()).append(" : aucune\n");
            }
            page.card().suppressionNotes().forEach(n -> md.append("- ").append(page.card().territory().code())
                    .append(" : ").append(n).append('\n'));
        }
        md.append("\n## Sources et millésimes\n\n");
        if (!report.pages().isEmpty()) {
            for (SourceVintage s : report.pages().get(0).card().sources()) {
                md.append("- ").append(s.table()).append(" : ").append(s.source()).append(" (").append(s.vintage())
                        .append(")\n");
            }
        }
        return md.toString();
    }

    private Path log(Path folder, RequestFile request, String file, Path bundle, String status, String message,
                     String engine) {
        ObjectNode entry = new ObjectMapper().createObjectNode();
        entry.put("at", clock.instant().toString());
        entry.put("request_file", file);
        entry.put("status", status);
        entry.put("organisation", request.requester() == null ? null : request.requester().organisation());
        entry.put("departement", request.requester() == null ? null : request.requester().departement());
        entry.set("request", new ObjectMapper().valueToTree(request));
        entry.put("bundle", bundle == null ? null : folder.relativize(bundle).toString());
        entry.put("engine", engine);
        entry.put("message", message);
        Path log = folder.resolve(LOG);
        try {
            Files.createDirectories(folder);
            Files.writeString(log, new ObjectMapper().writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + log, e);
        }
        return log;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
