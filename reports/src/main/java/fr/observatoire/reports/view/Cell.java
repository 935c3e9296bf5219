package fr.observatoire.reports.view;

/**
 * A cell of a published table. {@code number} is the value exported to CSV/XLSX and used to sort; {@code text} is
 * what the page shows. A hidden cell shows {@link #SECRET} and exports nothing.
 */
public record Cell(String text, Double number, int decimals, boolean hidden) {

    public static final String SECRET = "s";

    public static Cell text(String text) { return new Cell(text == null ? "" : text, null, 0, false); }

    public static Cell number(Number value, int decimals) {
        if (value == null) {
            return new Cell("", null, decimals, false);
        }
        double v = value.doubleValue();
        return new Cell(Format.number(v, decimals), v, decimals, false);
    }

    public static Cell count(long value) { return number(value, 0); }

    public static Cell secret() { return new Cell(SECRET, null, 0, true); }

    public boolean empty() { return !hidden && number == null && text.isEmpty(); }
}
