package fr.observatoire.samples;

import static fr.observatoire.vocabulary.NeedDomain.*;
import static fr.observatoire.vocabulary.Public.*;

import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plausible joint frequencies of public × need domain, kinds by source group, persons, severity and waiting times.
 * Weights are relative; they are a modelling choice, not a statistic.
 */
final class NeedModel {

    record Need(Public target, NeedDomain domain, double weight) {
    }

    static final List<Need> NEEDS = List.of(
            new Need(PERSONNES_AGEES, MAINTIEN_DOMICILE, 9),
            new Need(PERSONNES_AGEES, HEBERGEMENT, 6),
            new Need(PERSONNES_AGEES, REPIT_AIDANTS, 2),
            new Need(PERSONNES_AGEES, ISOLEMENT, 4),
            new Need(PERSONNES_AGEES, ACCES_SOINS, 3),
            new Need(PERSONNES_AGEES, MOBILITE, 2),
            new Need(PERSONNES_AGEES, ACCES_DROITS, 1.5),
            new Need(PERSONNES_AGEES, HABITAT_INCLUSIF, 1),
            new Need(AIDANTS, REPIT_AIDANTS, 5),
            new Need(AIDANTS, ISOLEMENT, 1),
            new Need(ADULTES_HANDICAPES, ACCOMPAGNEMENT_MEDICO_SOCIAL, 5),
            new Need(ADULTES_HANDICAPES, HEBERGEMENT, 3),
            new Need(ADULTES_HANDICAPES, HABITAT_INCLUSIF, 2.5),
            new Need(ADULTES_HANDICAPES, TRAVAIL_PROTEGE, 2.5),
            new Need(ADULTES_HANDICAPES, SANTE_MENTALE, 3),
            new Need(ADULTES_HANDICAPES, MOBILITE, 1.5),
            new Need(ADULTES_HANDICAPES, COORDINATION_PARCOURS, 2),
            new Need(ADULTES_HANDICAPES, ACCES_DROITS, 1.5),
            new Need(ENFANTS_HANDICAPES, AUTISME_TSA, 4),
            new Need(ENFANTS_HANDICAPES, SCOLARISATION, 4),
            new Need(ENFANTS_HANDICAPES, ACCOMPAGNEMENT_MEDICO_SOCIAL, 3.5),
            new Need(ENFANTS_HANDICAPES, HEBERGEMENT, 2.5),
            new Need(ENFANTS_HANDICAPES, REPIT_AIDANTS, 1),
            new Need(ENFANCE_PROTECTION, PROTECTION_ENFANCE, 5),
            new Need(ENFANCE_PROTECTION, SANTE_MENTALE, 1.5),
            new Need(ENFANCE_PROTECTION, SCOLARISATION, 1),
            new Need(JEUNES_MAJEURS, LOGEMENT, 3.5),
            new Need(JEUNES_MAJEURS, INSERTION_EMPLOI, 2.5),
            new Need(JEUNES_MAJEURS, COORDINATION_PARCOURS, 2.5),
            new Need(JEUNES_MAJEURS, SANTE_MENTALE, 1),
            new Need(FAMILLES, PARENTALITE, 3),
            new Need(FAMILLES, PERINATALITE, 2),
            new Need(FAMILLES, ACCES_DROITS, 1.5),
            new Need(PERSONNES_PRECAIRES, LOGEMENT, 3),
            new Need(PERSONNES_PRECAIRES, ACCES_DROITS, 3),
            new Need(PERSONNES_PRECAIRES, ACCES_SOINS, 2),
            new Need(PERSONNES_PRECAIRES, SANTE_MENTALE, 2),
            new Need(PERSONNES_PRECAIRES, INSERTION_EMPLOI, 1.5),
            new Need(TOUT_PUBLIC, ACCES_SOINS, 2.5),
            new Need(TOUT_PUBLIC, MOBILITE, 1.5),
            new Need(TOUT_PUBLIC, ISOLEMENT, 1));

    private static final double[] NEED_CUMULATIVE = cumulative(NEEDS.stream().mapToDouble(Need::weight).toArray());

    private static final ObservationKind[] KINDS = ObservationKind.values();
    // Order: BESOIN_NON_COUVERT, RUPTURE_PARCOURS, BESOIN_EMERGENT, DIFFICULTE_ACCES, SATISFACTION, PRATIQUE_INSPIRANTE
    private static final double[] KIND_USAGER = cumulative(new double[] {35, 10, 5, 30, 15, 5});
    private static final double[] KIND_PRO = cumulative(new double[] {30, 22, 10, 25, 5, 8});
    private static final double[] KIND_DECIDEUR = cumulative(new double[] {35, 10, 20, 15, 5, 15});
    private static final double[] KIND_FINANCEUR = cumulative(new double[] {40, 10, 15, 20, 5, 10});

    private NeedModel() {
    }

    static Need need(RandomGenerator random) {
        return NEEDS.get(pick(NEED_CUMULATIVE, random));
    }

    static ObservationKind kind(SourceGroup group, RandomGenerator random) {
        double[] weights = switch (group) {
            case USAGER, HABITANT -> KIND_USAGER;
            case PROFESSIONNEL -> KIND_PRO;
            case DECIDEUR -> KIND_DECIDEUR;
            case FINANCEUR -> KIND_FINANCEUR;
        };
        return KINDS[pick(weights, random)];
    }

    /** Persons concerned: one person or a family for usagers, caseloads for professionals, counts for institutions. */
    static Integer persons(SourceGroup group, RandomGenerator random) {
        if (random.nextDouble() < 0.08) {
            return null;
        }
        return switch (group) {
            case USAGER -> random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(3);
            case HABITANT -> random.nextDouble() < 0.6 ? 1 : 2 + random.nextInt(6);
            case PROFESSIONNEL -> 1 + (int) Math.min(200, -Math.log(1 - random.nextDouble()) * 6);
            case DECIDEUR, FINANCEUR -> 5 + (int) Math.min(2500, Math.exp(3 + 1.2 * random.nextGaussian()));
        };
    }

    static Integer severity(ObservationKind kind, RandomGenerator random) {
        if (random.nextDouble() < 0.05) {
            return null;
        }
        double u = random.nextDouble();
        return switch (kind) {
            case SATISFACTION, PRATIQUE_INSPIRANTE -> u < 0.7 ? 1 : 2;
            case RUPTURE_PARCOURS -> u < 0.1 ? 2 : u < 0.55 ? 3 : 4;
            default -> u < 0.15 ? 1 : u < 0.5 ? 2 : u < 0.85 ? 3 : 4;
        };
    }

    /** Median waiting time in days for an access difficulty or unmet need in a domain. */
    static double medianWait(Public target, NeedDomain domain) {
        return switch (domain) {
            case HEBERGEMENT -> target == ENFANTS_HANDICAPES ? 240 : 150;
            case AUTISME_TSA -> 300;
            case ACCOMPAGNEMENT_MEDICO_SOCIAL -> target == ENFANTS_HANDICAPES ? 270 : 180;
            case LOGEMENT, HABITAT_INCLUSIF -> 200;
            case TRAVAIL_PROTEGE -> 240;
            case ACCES_SOINS, SANTE_MENTALE -> 90;
            case MAINTIEN_DOMICILE, REPIT_AIDANTS -> 45;
            default -> 30;
        };
    }

    /** Waiting days, log-normal around the median (skewed: a long tail of very long waits), or null. */
    static Integer waitingDays(Public target, NeedDomain domain, ObservationKind kind, double factor,
                               RandomGenerator random) {
        boolean waits = kind == ObservationKind.DIFFICULTE_ACCES
                || (kind == ObservationKind.BESOIN_NON_COUVERT && random.nextDouble() < 0.6)
                || (kind == ObservationKind.RUPTURE_PARCOURS && random.nextDouble() < 0.3);
        if (!waits) {
            return null;
        }
        double days = medianWait(target, domain) * factor * Math.exp(0.75 * random.nextGaussian());
        return (int) Math.max(1, Math.min(2000, Math.round(days)));
    }

    static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    static int pick(double[] cumulative, RandomGenerator random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
