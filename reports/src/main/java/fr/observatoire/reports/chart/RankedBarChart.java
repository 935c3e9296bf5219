package fr.observatoire.reports.chart;

import static fr.observatoire.reports.chart.Svg.escape;
import static fr.observatoire.reports.chart.Svg.n;

import fr.observatoire.reports.view.Bar;
import java.util.List;

/**
 * Horizontal bars in the given order, on one scale (the largest value fills the plot); marked bars in a second
 * colour explained by the legend. Each bar carries its value as text and a {@code <title>} tooltip.
 */
public final class RankedBarChart {

    private static final int LEFT = 230;
    private static final int PLOT = 330;
    private static final int BAR = 16;
    private static final int GAP = 6;
    private static final String COLOR = "#6baed6";
    private static final String MARKED = "#08306b";

    private RankedBarChart() {
    }

    public static String render(String title, String axis, String markedLegend, List<Bar> bars) {
        int top = 32;
        int height = top + bars.size() * (BAR + GAP) + 36;
        int width = LEFT + PLOT + 70;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        max = max <= 0 ? 1 : max;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart ranked\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">\n<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").append(COLOR)
                .append("\"/><text class=\"legend\" x=\"").append(LEFT + 16).append("\" y=\"18\">thème</text>\n");
        svg.append("<rect x=\"").append(LEFT + 80).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                .append(MARKED).append("\"/><text class=\"legend\" x=\"").append(LEFT + 96).append("\" y=\"18\">")
                .append(escape(markedLegend)).append("</text>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(top + bars.size() * (BAR + GAP)).append("\" stroke=\"#333333\"/>\n");
        for (int k = 0; k < bars.size(); k++) {
            Bar bar = bars.get(k);
            int y = top + k * (BAR + GAP);
            double w = Math.max(1, bar.value() / max * PLOT);
            svg.append("<text class=\"row-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>\n");
            svg.append("<rect class=\"bar").append(bar.marked() ? " marked" : "").append("\" x=\"").append(LEFT)
                    .append("\" y=\"").append(y).append("\" width=\"").append(n(w)).append("\" height=\"").append(BAR)
                    .append("\" fill=\"").append(bar.marked() ? MARKED : COLOR).append("\"><title>")
                    .append(escape(bar.tooltip())).append("</title></rect>\n");
            svg.append("<text class=\"value\" x=\"").append(n(LEFT + w + 4)).append("\" y=\"").append(y + BAR - 4)
                    .append("\">").append(escape(bar.valueText())).append("</text>\n");
        }
        int axisY = top + bars.size() * (BAR + GAP) + 20;
        svg.append("<text class=\"axis-title\" x=\"").append(LEFT).append("\" y=\"").append(axisY).append("\">")
                .append(escape(axis)).append("</text>\n</svg>");
        return svg.toString();
    }
}
