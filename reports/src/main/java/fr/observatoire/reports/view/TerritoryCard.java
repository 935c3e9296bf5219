package fr.observatoire.reports.view;

import fr.observatoire.reports.data.SourceVintage;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.data.Verbatim;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a fiche territoire shows, already controlled for disclosure: the view that templates render. Optional
 * sections (emerging needs, dispersion, quality, contributors, comparison) are null when their dataset is not in the lake.
 */
public record TerritoryCard(TerritoryRef territory, String period, int threshold, List<KeyFigure> keyFigures,
        Table needs, HeatMapModel heatMap, Table shared, Table actorGroups, Table trends, List<SeriesPoint> series,
        Table emerging, Table gaps, List<BarGroup> gapBars, MapModel map, List<Verbatim> verbatims,
        Table coverage, Table dispersion, Table quality, Table contributors, List<String> suppressionNotes, List<SourceVintage> sources,
        Table comparison, ThemesSection themes) {

    /** Every table of the card, in page order: the ones exported to CSV and XLSX. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Table table : new Table[] {needs, comparison, shared, actorGroups, trends, emerging, gaps, dispersion}) {
            if (table != null) {
                tables.add(table);
            }
        }
        if (themes != null) {
            tables.addAll(themes.tables());
        }
        for (Table table : new Table[] {coverage, quality, contributors}) {
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }
}
