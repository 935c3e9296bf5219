package fr.observatoire.reports;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.export.CsvExport;
import fr.observatoire.reports.export.XlsxWorkbook;
import fr.observatoire.reports.html.FicheTemplate;
import fr.observatoire.reports.html.IndexTemplate;
import fr.observatoire.reports.html.PageLinks;
import fr.observatoire.reports.map.ChoroplethMap;
import fr.observatoire.reports.map.DepartementShapes;
import fr.observatoire.reports.view.FicheBuilder;
import fr.observatoire.reports.view.Table;
import fr.observatoire.reports.view.TerritoryCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a static report site: {@code index.html} and one self-contained fiche territoire per territory
 * ({@code <slug>.html}), with CSV exports under {@code exports/<slug>/} and one workbook {@code exports/<slug>.xlsx}.
 * Pipeline: lake (DuckDB) → {@link FicheBuilder} (view records, disclosure control) → templates → files.
 */
public final class ReportGenerator {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private final Clock clock;
    private final DepartementShapes shapes;

    public ReportGenerator(Clock clock) {
        this(clock, DepartementShapes.bundled());
    }

    public ReportGenerator(Clock clock, DepartementShapes shapes) {
        this.clock = clock;
        this.shapes = shapes;
    }

    public ReportResult generate(ReportRequest request) {
        DisclosureControl control = new DisclosureControl(request.threshold());
        FicheBuilder builder = new FicheBuilder(control, request.scope());
        FicheTemplate fiche = new FicheTemplate(new ChoroplethMap(shapes));
        String today = LocalDate.now(clock).format(FRENCH_DATE);
        List<ReportResult.Page> pages = new ArrayList<>();
        List<IndexTemplate.Entry> entries = new ArrayList<>();
        try (LakeReader reader = LakeReader.open(new Lake(request.lake()))) {
            List<TerritoryRef> territories = TerritorySelector.select(reader.territories(), request.territory());
            boolean single = territories.size() == 1;
            for (TerritoryRef territory : territories) {
                List<String> periods = reader.periods(territory);
                String period = request.period() != null ? request.period() : periods.get(periods.size() - 1);
                if (!periods.contains(period)) {
                    if (single) {
                        throw InvalidInputException.at(null, 0, "period", period, "no diagnostic of "
                                + territory.level() + " " + territory.code() + " for this period (available: "
                                + String.join(", ", periods) + ")");
                    }
                    continue;
                }
                TerritoryCard card = builder.build(reader, territory, period);
                pages.add(write(card, fiche, request, today));
                entries.add(new IndexTemplate.Entry(territory, period, territory.slug() + ".html"));
            }
        }
        Path index = request.out().resolve("index.html");
        writeAtomically(index, new IndexTemplate().render(entries, today, request.threshold()));
        return new ReportResult(index, pages);
    }

    private ReportResult.Page write(TerritoryCard card, FicheTemplate fiche, ReportRequest request, String today) {
        String slug = card.territory().slug();
        Map<String, String> csvLinks = new LinkedHashMap<>();
        List<Path> csvFiles = new ArrayList<>();
        Path xlsx = null;
        if (request.exports()) {
            CsvExport csv = new CsvExport(request.decimalComma());
            for (Table table : card.tables()) {
                Path file = request.out().resolve("exports").resolve(slug).resolve(table.id() + ".csv");
                writeAtomically(file, csv.render(table));
                csvFiles.add(file);
                csvLinks.put(table.id(), "exports/" + slug + "/" + table.id() + ".csv");
            }
            xlsx = request.out().resolve("exports").resolve(slug + ".xlsx");
            Path tmp = temp(xlsx);
            new XlsxWorkbook().write(card.tables(), tmp);
            move(tmp, xlsx);
        }
        Path html = request.out().resolve(slug + ".html");
        writeAtomically(html, fiche.render(card, new PageLinks("index.html", csvLinks,
                xlsx == null ? null : "exports/" + slug + ".xlsx"), today));
        return new ReportResult.Page(card, html, csvFiles, xlsx);
    }

    /** Writes to a temporary file beside the target, then moves it into place. */
    static void writeAtomically(Path target, String content) {
        Path tmp = temp(target);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + tmp, e);
        }
        move(tmp, target);
    }

    private static Path temp(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + target.getParent(), e);
        }
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
