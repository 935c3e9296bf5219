package fr.observatoire.reports.request;

import fr.observatoire.reports.ReportResult;
import java.nio.file.Path;

/** A served request: the dated bundle folder, the report written there, and the request log it was appended to. */
public record RequestResult(Path bundle, ReportResult report, Path log) {
}
