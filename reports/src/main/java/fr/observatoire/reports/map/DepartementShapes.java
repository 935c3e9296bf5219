package fr.observatoire.reports.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.reports.chart.Svg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Département outlines (GeoJSON, WGS84) projected once to SVG path data. Metropolitan France uses an
 * equirectangular projection scaled by cos(46.5°); each overseas département (971–976) is fitted into its own inset
 * box on the left with its own cos(latitude) scaling.
 */
public final class DepartementShapes {

    public static final String BUNDLED = "departements.geojson";
    static final int WIDTH = 620;
    static final int HEIGHT = 560;
    private static final double INSET = 78;
    private static final double INSET_LEFT = 8;
    private static final double MAP_LEFT = 110;

    /** A projected département: its SVG path and an inset frame when it is overseas (null otherwise). */
    public record Shape(String code, String name, String path, double[] inset) {
    }

    private final Map<String, Shape> shapes;

    private DepartementShapes(Map<String, Shape> shapes) {
        this.shapes = shapes;
    }

    public Map<String, Shape> shapes() { return shapes; }

    /** The outlines shipped with reports (a copy of data-samples/reference/departements-avec-outre-mer-simplifie.geojson). */
    public static DepartementShapes bundled() {
        try (InputStream in = DepartementShapes.class.getResourceAsStream(BUNDLED)) {
            return parse(new ObjectMapper().readTree(in), BUNDLED);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read bundled " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    public static DepartementShapes read(Path geojson) {
        try {
            return parse(new ObjectMapper().readTree(Files.readAllBytes(geojson)), geojson.toString());
        } catch (IOException e) {
            throw new InvalidInputException(geojson + ": cannot read GeoJSON: " + e.getMessage(), e);
        }
    }

    static DepartementShapes parse(JsonNode root, String origin) {
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw InvalidInputException.at(origin, 0, "features", null, "no GeoJSON feature");
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<List<double[]>>> rings = new LinkedHashMap<>();
        for (JsonNode feature : features) {
            String code = feature.path("properties").path("code").asText(null);
            if (code == null) {
                throw InvalidInputException.at(origin, 0, "properties.code", null, "feature without a code");
            }
            names.put(code, feature.path("properties").path("nom").asText(code));
            rings.put(code, rings(feature.path("geometry"), origin, code));
        }
        double[] metro = bounds(rings.entrySet().stream().filter(e -> !overseas(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList());
        double metroK = Math.cos(Math.toRadians((metro[1] + metro[3]) / 2));
        double scale = Math.min((WIDTH - MAP_LEFT - 10) / ((metro[2] - metro[0]) * metroK),
                (HEIGHT - 20) / (metro[3] - metro[1]));
        Map<String, Shape> shapes = new LinkedHashMap<>();
        List<String> overseasCodes = rings.keySet().stream().filter(DepartementShapes::overseas).sorted().toList();
        for (Map.Entry<String, List<List<double[]>>> entry : rings.entrySet()) {
            String code = entry.getKey();
            StringBuilder path = new StringBuilder();
            double[] inset = null;
            if (overseas(code)) {
                double[] b = bounds(entry.getValue());
                double k = Math.cos(Math.toRadians((b[1] + b[3]) / 2));
                double s = (INSET - 8) / Math.max((b[2] - b[0]) * k, b[3] - b[1]);
                int slot = overseasCodes.indexOf(code);
                double x0 = INSET_LEFT;
                double y0 = 10 + slot * (INSET + 28);
                inset = new double[] {x0, y0, INSET, INSET};
                double ox = x0 + (INSET - (b[2] - b[0]) * k * s) / 2;
                double oy = y0 + (INSET - (b[3] - b[1]) * s) / 2;
                for (List<double[]> ring : entry.getValue()) {
                    append(path, ring, p -> ox + (p[0] - b[0]) * k * s, p -> oy + (b[3] - p[1]) * s);
                }
            } else {
                for (List<double[]> ring : entry.getValue()) {
                    append(path, ring, p -> MAP_LEFT + (p[0] - metro[0]) * metroK * scale, p -> 10 + (metro[3] - p[1]) * scale);
                }
            }
            shapes.put(code, new Shape(code, names.get(code), path.toString(), inset));
        }
        return new DepartementShapes(Map.copyOf(shapes));
    }

    static boolean overseas(String code) {
        return code.startsWith("97");
    }

    private static void append(StringBuilder path, List<double[]> ring, java.util.function.ToDoubleFunction<double[]> x,
            java.util.function.ToDoubleFunction<double[]> y) {
        for (int i = 0; i < ring.size(); i++) {
            path.append(i == 0 ? 'M' : 'L').append(Svg.n(x.applyAsDouble(ring.get(i)))).append(',')
                    .append(Svg.n(y.applyAsDouble(ring.get(i))));
        }
        path.append('Z');
    }

    private static List<List<double[]>> rings(JsonNode geometry, String origin, String code) {
        List<List<double[]>> rings = new ArrayList<>();
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Polygon" -> coordinates.forEach(ring -> rings.add(points(ring)));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(points(ring))));
            default -> throw InvalidInputException.at(origin, 0, "geometry.type", type,
                    "département " + code + ": expected Polygon or MultiPolygon");
        }
        return rings;
    }

    private static List<double[]> points(JsonNode ring) {
        List<double[]> points = new ArrayList<>();
        ring.forEach(p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        return points;
    }

    private static double[] bounds(List<List<double[]>> rings) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (List<double[]> ring : rings) {
            for (double[] p : ring) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
        }
        return b;
    }
}
