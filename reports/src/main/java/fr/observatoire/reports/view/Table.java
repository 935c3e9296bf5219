package fr.observatoire.reports.view;

import java.util.List;

/**
 * A table of a report as shown, exported to CSV and written as an XLSX sheet. {@code id} names the file and sheet;
 * {@code footer} holds totals (published true totals).
 */
public record Table(String id, String title, String note, List<Column> columns, List<List<Cell>> rows,
        List<List<Cell>> footer) {

    public Table {
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row of " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    public Table(String id, String title, String note, List<Column> columns, List<List<Cell>> rows) {
        this(id, title, note, columns, rows, List.of());
    }

    public boolean isEmpty() { return rows.isEmpty(); }
}
