package fr.observatoire.samples;

import java.util.List;
import java.util.random.RandomGenerator;

/** Draws communes with a probability proportional to a power of their population. */
final class CommunePool {

    private final List<Commune> communes;
    private final double[] cumulative;

    CommunePool(List<Commune> communes, double exponent) {
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("no commune to draw from");
        }
        this.communes = List.copyOf(communes);
        this.cumulative = new double[communes.size()];
        double sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            sum += Math.pow(Math.max(0, communes.get(i).population()), exponent);
            cumulative[i] = sum;
        }
    }

    /** Proportional to population. */
    CommunePool(List<Commune> communes) {
        this(communes, 1.0);
    }

    Commune draw(RandomGenerator random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return communes.get(low);
    }

    List<Commune> communes() {
        return communes;
    }

    double weight() {
        return cumulative[cumulative.length - 1];
    }
}
