package fr.observatoire.analytics.emerging;

import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.ObservationRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded observations with a constant Poisson rate per commune x public x domain cell over the periods 2021 to 2025
 * (pure noise), on real communes of one departement, plus planted rises and new needs in 2025.
 */
final class SeededNeeds {

    static final List<String> PUBLICS = List.of("personnes_agees", "adultes_handicapes");
    static final List<String> DOMAINS = List.of("maintien_domicile", "isolement", "mobilite");
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    /** A cell whose rate is multiplied in the last period. */
    record Rise(int communeIndex, String publicCode, String domain, double rate, double factor) {
    }

    /** A cell absent before the last period, with {@code count} observations in it. */
    record Newcomer(int communeIndex, String publicCode, String domain, int count) {
    }

    private final List<Commune> communes;
    private final SplittableRandom random;
    private final double minRate;
    private final double maxRate;
    private final List<Rise> rises = new ArrayList<>();
    private final List<Newcomer> newcomers = new ArrayList<>();

    SeededNeeds(List<Commune> communes, long seed, double minRate, double maxRate) {
        this.communes = communes;
        this.random = new SplittableRandom(seed);
        this.minRate = minRate;
        this.maxRate = maxRate;
    }

    SeededNeeds rise(Rise rise) {
        rises.add(rise);
        return this;
    }

    SeededNeeds newcomer(Newcomer newcomer) {
        newcomers.add(newcomer);
        return this;
    }

    List<Commune> communes() { return communes; }

    List<ObservationRow> rows() {
        List<ObservationRow> rows = new ArrayList<>();
        int id = 0;
        for (int c = 0; c < communes.size(); c++) {
            for (String publicCode : PUBLICS) {
                for (String domain : DOMAINS) {
                    double rate = rateOf(c, publicCode, domain);
                    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                        double yearRate = rate * (year == LAST_YEAR ? factorOf(c, publicCode, domain) : 1.0);
                        int count = poisson(yearRate);
                        for (int k = 0; k < count; k++) {
                            rows.add(row(c, publicCode, domain, year, ++id));
                        }
                    }
                }
            }
        }
        for (Newcomer n : newcomers) {
            for (int k = 0; k < n.count(); k++) {
                rows.add(row(n.communeIndex(), n.publicCode(), n.domain(), LAST_YEAR, ++id));
            }
        }
        return rows;
    }

    private double rateOf(int commune, String publicCode, String domain) {
        double drawn = minRate + (maxRate - minRate) * random.nextDouble();
        return rises.stream().filter(r -> r.communeIndex() == commune && r.publicCode().equals(publicCode)
                && r.domain().equals(domain)).map(Rise::rate).findFirst().orElse(drawn);
    }

    private double factorOf(int commune, String publicCode, String domain) {
        return rises.stream().filter(r -> r.communeIndex() == commune && r.publicCode().equals(publicCode)
                && r.domain().equals(domain)).map(Rise::factor).findFirst().orElse(1.0);
    }

    private ObservationRow row(int commune, String publicCode, String domain, int year, int id) {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return ObservationRow.at("B" + year, "contributeur-" + (id % 7), communes.get(commune), publicCode, domain,
                "obs-" + id, day).withLine(id);
    }

    /** Knuth's method: fine for the small rates used here. */
    private int poisson(double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
