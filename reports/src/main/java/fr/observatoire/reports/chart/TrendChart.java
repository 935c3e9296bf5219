package fr.observatoire.reports.chart;

import static fr.observatoire.reports.chart.Svg.escape;
import static fr.observatoire.reports.chart.Svg.n;

import fr.observatoire.reports.view.Format;
import fr.observatoire.reports.view.SeriesPoint;
import java.util.List;

/** Columns of persons concerned per period; a hidden period shows a hatched stub and says why. */
public final class TrendChart {

    private TrendChart() {
    }

    public static String render(String title, List<SeriesPoint> points) {
        int left = 70;
        int plotHeight = 160;
        int columnWidth = 60;
        int width = left + Math.max(1, points.size()) * (columnWidth + 20) + 20;
        int height = plotHeight + 80;
        long max = points.stream().filter(p -> p.value() != null).mapToLong(SeriesPoint::value).max().orElse(1);
        max = Math.max(1, max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart trend\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\">\n<title>").append(escape(title)).append("</title>\n");
        int base = 20 + plotHeight;
        svg.append("<line x1=\"").append(left).append("\" y1=\"20\" x2=\"").append(left).append("\" y2=\"").append(base)
                .append("\" stroke=\"#333333\"/><line x1=\"").append(left).append("\" y1=\"").append(base)
                .append("\" x2=\"").append(width - 10).append("\" y2=\"").append(base).append("\" stroke=\"#333333\"/>\n");
        for (int t = 0; t <= 2; t++) {
            double y = base - t * plotHeight / 2.0;
            svg.append("<text class=\"tick\" x=\"").append(left - 4).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\">").append(escape(Format.number(max * t / 2.0, 0))).append("</text>\n");
        }
        svg.append("<text class=\"axis-title\" transform=\"translate(14 ").append(base - plotHeight / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">Personnes concernées</text>\n");
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            int x = left + 20 + i * (columnWidth + 20);
            double h = p.value() == null ? 12 : Math.max(1, p.value() * (double) plotHeight / max);
            String tip = "Période " + p.period() + " : "
                    + (p.value() == null ? "masqué (secret statistique)" : Format.number(p.value(), 0) + " personnes");
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(n(base - h)).append("\" width=\"")
                    .append(columnWidth).append("\" height=\"").append(n(h)).append("\" fill=\"")
                    .append(p.value() == null ? "#bbbbbb" : "#2171b5").append("\"><title>").append(escape(tip))
                    .append("</title></rect>\n<text class=\"tick\" x=\"").append(x + columnWidth / 2).append("\" y=\"")
                    .append(base + 16).append("\" text-anchor=\"middle\">").append(escape(p.period())).append("</text>\n");
        }
        svg.append("<text class=\"axis-title\" x=\"").append(width / 2).append("\" y=\"").append(base + 40)
                .append("\" text-anchor=\"middle\">Période</text>\n</svg>");
        return svg.toString();
    }
}
