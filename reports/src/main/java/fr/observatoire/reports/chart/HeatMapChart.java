package fr.observatoire.reports.chart;

import static fr.observatoire.reports.chart.Svg.escape;
import static fr.observatoire.reports.chart.Svg.n;

import fr.observatoire.reports.view.Format;
import fr.observatoire.reports.view.HeatMapModel;

/** Renders a {@link HeatMapModel} as SVG: one square per public × domain, hatched when hidden. */
public final class HeatMapChart {

    private static final int CELL = 26;
    private static final int LEFT = 250;
    private static final int TOP = 200;

    private HeatMapChart() {
    }

    public static String render(HeatMapModel model) {
        int rows = model.rowLabels().size();
        int columns = model.columnLabels().size();
        double max = 0;
        for (Double[] row : model.values()) {
            for (Double v : row) {
                max = v == null ? max : Math.max(max, v);
            }
        }
        int width = LEFT + columns * CELL + 170;
        int height = TOP + rows * CELL + 50;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart heatmap\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" aria-labelledby=\"heatmap-title\">\n");
        svg.append("<title id=\"heatmap-title\">").append(escape(model.title())).append("</title>\n");
        svg.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999999\" stroke-width=\"2\"/></pattern></defs>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"16\" class=\"axis-title\">Domaine de besoin →</text>\n");
        svg.append("<text x=\"4\" y=\"").append(TOP - 8).append("\" class=\"axis-title\">Public ↓</text>\n");
        for (int c = 0; c < columns; c++) {
            double x = LEFT + c * CELL + CELL / 2.0;
            svg.append("<text class=\"col-label\" transform=\"translate(").append(n(x)).append(' ').append(TOP - 6)
                    .append(") rotate(-55)\">").append(escape(shorten(model.columnLabels().get(c), 34))).append("</text>\n");
        }
        for (int r = 0; r < rows; r++) {
            double y = TOP + r * CELL;
            svg.append("<text class=\"row-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + CELL * 0.65))
                    .append("\" text-anchor=\"end\">").append(escape(shorten(model.rowLabels().get(r), 40))).append("</text>\n");
            for (int c = 0; c < columns; c++) {
                Double v = model.values()[r][c];
                boolean hidden = model.hidden()[r][c];
                String fill = hidden ? "url(#hatch)" : v == null ? "#ffffff" : Svg.color(max == 0 ? 0 : v / max);
                String tip = model.rowLabels().get(r) + " × " + model.columnLabels().get(c) + " : "
                        + (hidden ? "masqué (secret statistique)" : v == null ? "aucune observation"
                                : Format.number(v, 2) + " " + model.unit());
                svg.append("<rect x=\"").append(LEFT + c * CELL).append("\" y=\"").append(n(y)).append("\" width=\"")
                        .append(CELL - 2).append("\" height=\"").append(CELL - 2).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#cccccc\"><title>").append(escape(tip)).append("</title></rect>\n");
            }
        }
        int legendY = TOP + rows * CELL + 16;
        for (int i = 0; i <= 4; i++) {
            svg.append("<rect x=\"").append(LEFT + i * 40).append("\" y=\"").append(legendY)
                    .append("\" width=\"40\" height=\"12\" fill=\"").append(Svg.color(i / 4.0)).append("\"/>\n");
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(legendY + 28).append("\" class=\"legend\">0</text>")
                .append("<text x=\"").append(LEFT + 200).append("\" y=\"").append(legendY + 28)
                .append("\" class=\"legend\" text-anchor=\"end\">").append(escape(Format.number(max, 1) + " " + model.unit()))
                .append("</text>\n");
        svg.append("<rect x=\"").append(LEFT + 220).append("\" y=\"").append(legendY)
                .append("\" width=\"12\" height=\"12\" fill=\"url(#hatch)\"/><text x=\"").append(LEFT + 238)
                .append("\" y=\"").append(legendY + 10).append("\" class=\"legend\">masqué (secret statistique)</text>\n");
        svg.append("</svg>");
        return svg.toString();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
