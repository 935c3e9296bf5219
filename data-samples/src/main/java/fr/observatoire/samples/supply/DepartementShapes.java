package fr.observatoire.samples.supply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Outer rings of each département's (simplified) polygon, to place a point inside a département. */
final class DepartementShapes {

    static final String FILE = "departements-avec-outre-mer-simplifie.geojson";

    private final Map<String, List<double[][]>> rings;

    private DepartementShapes(Map<String, List<double[][]>> rings) {
        this.rings = rings;
    }

    static DepartementShapes load(Path referenceDir) {
        Path file = referenceDir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<String, List<double[][]>> rings = new HashMap<>();
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path("code").asText();
            JsonNode geometry = feature.path("geometry");
            List<double[][]> outer = new ArrayList<>();
            if ("Polygon".equals(geometry.path("type").asText())) {
                outer.add(ring(geometry.path("coordinates").get(0)));
            } else {
                for (JsonNode polygon : geometry.path("coordinates")) {
                    outer.add(ring(polygon.get(0)));
                }
            }
            rings.put(code, outer);
        }
        return new DepartementShapes(Map.copyOf(rings));
    }

    private static double[][] ring(JsonNode coordinates) {
        double[][] ring = new double[coordinates.size()][];
        for (int i = 0; i < coordinates.size(); i++) {
            ring[i] = new double[] {coordinates.get(i).get(0).asDouble(), coordinates.get(i).get(1).asDouble()};
        }
        return ring;
    }

    /** A random point (longitude, latitude) inside the département, or empty when it has no shape. */
    Optional<double[]> pointIn(String departement, RandomGenerator random) {
        List<double[][]> shape = rings.get(departement);
        if (shape == null || shape.isEmpty()) {
            return Optional.empty();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[][] ring : shape) {
            for (double[] p : ring) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        for (int attempt = 0; attempt < 10_000; attempt++) {
            double x = minX + random.nextDouble() * (maxX - minX);
            double y = minY + random.nextDouble() * (maxY - minY);
            for (double[][] ring : shape) {
                if (inside(ring, x, y)) {
                    return Optional.of(new double[] {x, y});
                }
            }
        }
        return Optional.empty();
    }

    static boolean inside(double[][] ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0];
            double yi = ring[i][1];
            double xj = ring[j][0];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
