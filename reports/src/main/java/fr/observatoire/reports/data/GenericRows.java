package fr.observatoire.reports.data;

import java.util.List;

/** Rows of a dataset whose columns reports do not fix (quality): column names and values as read. */
public record GenericRows(List<String> columns, List<List<Object>> rows) {
}
