package fr.observatoire.reports.chart;

import java.util.Locale;

/** Small helpers to write SVG text: escaping and coordinates with a dot and two decimals at most. */
public final class Svg {

    private Svg() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    public static String n(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** A sequential blue scale from light (0) to dark (1). */
    public static String color(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        int r = (int) Math.round(239 - f * (239 - 8));
        int g = (int) Math.round(243 - f * (243 - 48));
        int b = (int) Math.round(255 - f * (255 - 107));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
