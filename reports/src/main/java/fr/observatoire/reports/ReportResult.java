package fr.observatoire.reports;

import fr.observatoire.reports.view.TerritoryCard;
import java.nio.file.Path;
import java.util.List;

/** The written site: its index and one page per territory. */
public record ReportResult(Path index, List<Page> pages) {

    /** One fiche territoire with its exports (empty list and null when exports were not asked for). */
    public record Page(TerritoryCard card, Path html, List<Path> csv, Path xlsx) {
    }
}
