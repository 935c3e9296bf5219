package fr.observatoire.reports.chart;

import static fr.observatoire.reports.chart.Svg.escape;
import static fr.observatoire.reports.chart.Svg.n;

import fr.observatoire.reports.view.BarGroup;
import fr.observatoire.reports.view.Format;
import java.util.List;

/** Horizontal grouped bars: the territory's equipment rate beside the national and regional medians. */
public final class BarChart {

    private static final int LEFT = 120;
    private static final int PLOT = 420;
    private static final int BAR = 11;
    private static final String[] SERIES = {"Territoire", "Médiane nationale", "Médiane régionale"};
    private static final String[] COLORS = {"#08306b", "#fd8d3c", "#74c476"};

    private BarChart() {
    }

    /** Each category is drawn at its own scale (its largest value fills the plot) so that small rates stay readable. */
    public static String render(String title, String unit, List<BarGroup> groups) {
        int groupHeight = 3 * BAR + 12;
        int top = 40;
        int height = top + groups.size() * groupHeight + 40;
        int width = LEFT + PLOT + 90;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart bars\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">\n<title>").append(escape(title)).append("</title>\n");
        for (int i = 0; i < SERIES.length; i++) {
            svg.append("<rect x=\"").append(LEFT + i * 150).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLORS[i]).append("\"/><text class=\"legend\" x=\"").append(LEFT + i * 150 + 16)
                    .append("\" y=\"18\">").append(SERIES[i]).append("</text>\n");
        }
        for (int k = 0; k < groups.size(); k++) {
            BarGroup g = groups.get(k);
            Double[] values = {g.territory(), g.national(), g.regional()};
            double max = 0;
            for (Double v : values) {
                max = v == null ? max : Math.max(max, v);
            }
            max = max == 0 ? 1 : max;
            int y = top + k * groupHeight;
            svg.append("<text class=\"row-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(y + 2 * BAR)
                    .append("\" text-anchor=\"end\">").append(escape(g.label())).append("</text>\n");
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y - 2).append("\" x2=\"").append(LEFT)
                    .append("\" y2=\"").append(y + 3 * BAR).append("\" stroke=\"#333333\"/>\n");
            for (int i = 0; i < 3; i++) {
                double v = values[i] == null ? 0 : values[i];
                double w = Math.max(values[i] == null ? 0 : 1, v / max * PLOT);
                String text = values[i] == null ? "n.d." : Format.number(v, 1);
                String tip = g.label() + " — " + SERIES[i] + " : "
                        + (values[i] == null ? "non disponible" : Format.number(v, 2) + " " + unit);
                svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y + i * BAR).append("\" width=\"")
                        .append(n(w)).append("\" height=\"").append(BAR - 1).append("\" fill=\"").append(COLORS[i])
                        .append("\"><title>").append(escape(tip)).append("</title></rect>\n");
                svg.append("<text class=\"value\" x=\"").append(n(LEFT + w + 4)).append("\" y=\"")
                        .append(y + i * BAR + BAR - 1).append("\">").append(escape(text)).append("</text>\n");
            }
        }
        int axisY = top + groups.size() * groupHeight + 10;
        svg.append("<text class=\"axis-title\" x=\"").append(LEFT).append("\" y=\"").append(axisY + 14)
                .append("\">").append(escape(unit + " (chaque catégorie à sa propre échelle)")).append("</text>\n</svg>");
        return svg.toString();
    }
}
