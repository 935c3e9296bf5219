package fr.observatoire.reports;

import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.view.Scope;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to report: the lake, which territories ({@link TerritorySelector} syntax), the period (null: the latest of
 * each territory), the disclosure threshold, the output folder, CSV decimal separator, what to keep of the
 * diagnostic ({@link Scope#ALL} for everything) and whether to write CSV/XLSX exports.
 */
public record ReportRequest(Path lake, String territory, String period, int threshold, Path out, boolean decimalComma,
        Scope scope, boolean exports) {

    public ReportRequest {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(out, "out");
        territory = territory == null ? "all" : territory;
        scope = scope == null ? Scope.ALL : scope;
    }

    public static ReportRequest of(Path lake, String territory, Path out) {
        return new ReportRequest(lake, territory, null, DisclosureControl.DEFAULT_THRESHOLD, out, false, Scope.ALL, true);
    }
}
