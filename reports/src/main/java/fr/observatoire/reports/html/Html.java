package fr.observatoire.reports.html;

import fr.observatoire.reports.chart.Svg;
import fr.observatoire.reports.view.Cell;
import fr.observatoire.reports.view.Column;
import fr.observatoire.reports.view.Table;
import java.util.List;
import java.util.Locale;

/** Escaping and the table markup shared by the templates. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and attribute values. */
    public static String escape(String text) {
        return Svg.escape(text);
    }

    /** A sortable table: numeric columns carry {@code data-type="num"}, cells their raw value in {@code data-sort}. */
    public static String table(Table table) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"table-wrap\"><table class=\"sortable\" id=\"t-").append(escape(table.id()))
                .append("\">\n<caption>").append(escape(table.title())).append("</caption>\n<thead><tr>");
        for (Column column : table.columns()) {
            html.append("<th scope=\"col\"").append(column.numeric() ? " data-type=\"num\"" : "")
                    .append(" title=\"Cliquer pour trier\">").append(escape(column.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        if (table.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(table.columns().size()).append("\" class=\"empty\">Aucune donnée.</td></tr>\n");
        }
        for (List<Cell> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(cell(row.get(i), table.columns().get(i), i == 0 ? "th" : "td"));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n");
        if (!table.footer().isEmpty()) {
            html.append("<tfoot>\n");
            for (List<Cell> row : table.footer()) {
                html.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    html.append(cell(row.get(i), table.columns().get(i), i == 0 ? "th" : "td"));
                }
                html.append("</tr>\n");
            }
            html.append("</tfoot>\n");
        }
        html.append("</table></div>\n");
        if (table.note() != null && !table.note().isEmpty()) {
            html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
        }
        return html.toString();
    }

    private static String cell(Cell cell, Column column, String tag) {
        StringBuilder html = new StringBuilder("<").append(tag);
        if ("th".equals(tag)) {
            html.append(" scope=\"row\"");
        }
        if (column.numeric()) {
            html.append(" class=\"num").append(cell.hidden() ? " secret" : "").append("\" data-sort=\"")
                    .append(cell.number() == null ? "" : String.format(Locale.ROOT, "%s", cell.number())).append('"');
        }
        if (cell.hidden()) {
            html.append(" title=\"Masqué : secret statistique\"");
        }
        return html.append('>').append(escape(cell.text())).append("</").append(tag).append('>').toString();
    }
}
