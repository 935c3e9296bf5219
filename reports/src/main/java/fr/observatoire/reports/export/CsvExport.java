package fr.observatoire.reports.export;

import fr.observatoire.reports.view.Cell;
import fr.observatoire.reports.view.Column;
import fr.observatoire.reports.view.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV for spreadsheets used in France: {@code ;} separator, UTF-8 with a byte order mark, CRLF, numbers
 * without grouping and with a dot or, with {@code decimalComma}, a comma; hidden cells as {@code s}.
 */
public final class CsvExport {

    private final boolean decimalComma;

    public CsvExport(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    public String render(Table table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        for (Column column : table.columns()) {
            header.add(column.label());
        }
        line(csv, header);
        for (List<Cell> row : table.rows()) {
            line(csv, row.stream().map(this::value).toList());
        }
        for (List<Cell> row : table.footer()) {
            line(csv, row.stream().map(this::value).toList());
        }
        return csv.toString();
    }

    public Path write(Table table, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render(table), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    String value(Cell cell) {
        if (cell.hidden()) {
            return Cell.SECRET;
        }
        if (cell.number() == null) {
            return cell.text();
        }
        String plain = plain(cell.number(), cell.decimals());
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    /** A number with the cell's decimals, no grouping, no exponent. */
    static String plain(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            String v = values.get(i);
            if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                csv.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(v);
            }
        }
        csv.append("\r\n");
    }
}
