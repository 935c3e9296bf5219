package fr.observatoire.reports.map;

import static fr.observatoire.reports.chart.Svg.escape;
import static fr.observatoire.reports.chart.Svg.n;

import fr.observatoire.reports.chart.Svg;
import fr.observatoire.reports.view.Format;
import fr.observatoire.reports.view.MapModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link MapModel} over {@link DepartementShapes}: five quantile classes, highlighted territory on top. */
public final class ChoroplethMap {

    private final DepartementShapes shapes;

    public ChoroplethMap(DepartementShapes shapes) {
        this.shapes = shapes;
    }

    public String render(MapModel model) {
        Map<String, MapModel.Shade> byCode = new HashMap<>();
        model.shades().forEach(s -> byCode.put(s.code(), s));
        double[] breaks = breaks(model.shades().stream().filter(s -> s.value() != null).map(MapModel.Shade::value)
                .sorted().toList());
        int height = DepartementShapes.HEIGHT + 90;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart map\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(DepartementShapes.WIDTH).append(' ').append(height).append("\" width=\"")
                .append(DepartementShapes.WIDTH).append("\" height=\"").append(height).append("\">\n<title>")
                .append(escape(model.title())).append("</title>\n");
        List<DepartementShapes.Shape> ordered = new ArrayList<>(shapes.shapes().values());
        ordered.sort(Comparator.comparing((DepartementShapes.Shape s) -> model.highlighted().contains(s.code()))
                .thenComparing(DepartementShapes.Shape::code));
        for (DepartementShapes.Shape shape : ordered) {
            if (shape.inset() != null) {
                double[] f = shape.inset();
                svg.append("<rect class=\"inset\" x=\"").append(n(f[0])).append("\" y=\"").append(n(f[1]))
                        .append("\" width=\"").append(n(f[2])).append("\" height=\"").append(n(f[3]))
                        .append("\" fill=\"none\" stroke=\"#999999\"/><text class=\"legend\" x=\"").append(n(f[0]))
                        .append("\" y=\"").append(n(f[1] + f[3] + 12)).append("\">").append(escape(shape.name()))
                        .append("</text>\n");
            }
            MapModel.Shade shade = byCode.get(shape.code());
            boolean highlighted = model.highlighted().contains(shape.code());
            String fill = shade == null ? "#ffffff" : shade.hidden() ? "#d9d9d9"
                    : shade.value() == null ? "#ffffff" : Svg.color((classOf(shade.value(), breaks) + 0.5) / 5);
            String tip = shape.name() + " (" + shape.code() + ") : " + (shade == null || (!shade.hidden() && shade.value() == null)
                    ? "pas de donnée" : shade.hidden() ? "masqué (secret statistique)"
                    : Format.number(shade.value(), 1) + " " + model.unit());
            svg.append("<path class=\"dep").append(highlighted ? " highlighted" : "").append("\" data-code=\"")
                    .append(escape(shape.code())).append("\" d=\"").append(shape.path()).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(highlighted ? "#e31a1c" : "#ffffff").append("\" stroke-width=\"")
                    .append(highlighted ? "2.5" : "0.5").append("\"><title>").append(escape(tip)).append("</title></path>\n");
        }
        int y = DepartementShapes.HEIGHT + 10;
        svg.append("<text class=\"legend\" x=\"110\" y=\"").append(y).append("\">").append(escape(model.unit()))
                .append(" (classes de quantiles)</text>\n");
        for (int i = 0; i < 5; i++) {
            int x = 110 + i * 90;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 8).append("\" width=\"88\" height=\"12\" fill=\"")
                    .append(Svg.color((i + 0.5) / 5)).append("\"/>");
            String label = breaks.length == 0 ? "" : (i == 0 ? "≤ " : "> ")
                    + Format.number(i == 0 ? breaks[0] : breaks[i - 1], 1);
            svg.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(y + 34).append("\">")
                    .append(escape(label)).append("</text>\n");
        }
        svg.append("<rect x=\"110\" y=\"").append(y + 44).append("\" width=\"12\" height=\"12\" fill=\"#d9d9d9\"/>")
                .append("<text class=\"legend\" x=\"126\" y=\"").append(y + 54).append("\">masqué (secret statistique)</text>")
                .append("<rect x=\"330\" y=\"").append(y + 44)
                .append("\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"#e31a1c\" stroke-width=\"2.5\"/>")
                .append("<text class=\"legend\" x=\"346\" y=\"").append(y + 54).append("\">territoire du rapport</text>\n</svg>");
        return svg.toString();
    }

    /** Upper bounds of the first four quantile classes. */
    static double[] breaks(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return new double[0];
        }
        double[] breaks = new double[4];
        for (int i = 1; i <= 4; i++) {
            breaks[i - 1] = sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(i * sorted.size() / 5.0)));
        }
        return breaks;
    }

    static int classOf(double value, double[] breaks) {
        for (int i = 0; i < breaks.length; i++) {
            if (value <= breaks[i]) {
                return i;
            }
        }
        return 4;
    }
}
