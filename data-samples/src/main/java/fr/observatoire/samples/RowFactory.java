package fr.observatoire.samples;

import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import fr.observatoire.vocabulary.Terms;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the rows of one batch: realistic observations, the planted territorial signals (see README), and the
 * deliberate defects of bad rows. One instance per batch, fed by the batch's own seeded generator.
 */
final class RowFactory {

    /** Signal 1: emerging need for respite of carers in this EPCI (Val de Garonne Agglomération, 47), last year. */
    static final String EMERGING_EPCI = "200030674";
    static final double EMERGING_SHARE = 0.20;
    /** Signal 2: young adults leaving ASE without housing, reported by all four actor groups in this département. */
    static final String CONVERGENCE_DEPARTEMENT = "13";
    static final double CONVERGENCE_SHARE = 0.06;
    /** Signal 3: waiting for an IME place much longer in this département. */
    static final String IME_WAIT_DEPARTEMENT = "59";
    static final double IME_WAIT_FACTOR = 2.5;

    static final List<String> UNKNOWN_COMMUNES = List.of("99999", "2C001", "13999", "59999", "47999", "2A999");
    static final List<String> UNKNOWN_PUBLICS = List.of("personnes vulnérables", "usagers divers", "autre");
    static final List<String> UNKNOWN_DOMAINS = List.of("divers", "culture et loisirs", "autre");
    static final List<String> UNKNOWN_KINDS = List.of("à voir", "information", "autre");

    private static final double[] MONTH_WEIGHTS = {1.1, 1.1, 1.15, 1.0, 0.95, 1.0, 0.7, 0.45, 1.1, 1.2, 1.15, 0.85};
    private static final Defect[] DEFECTS = Defect.values();

    private final Batch batch;
    private final int fromYear;
    private final int toYear;
    private final double badRowRate;
    private final RandomGenerator random;
    private final CommunePool emergingPool;
    private final double[] yearCumulative;
    private final boolean koboDates;
    private final String idPrefix;
    private int personal;

    RowFactory(Batch batch, int fromYear, int toYear, double badRowRate,
               RandomGenerator random, CommunePool emergingPool) {
        this.batch = batch;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.badRowRate = badRowRate;
        this.random = random;
        this.emergingPool = emergingPool;
        double[] years = new double[toYear - fromYear + 1];
        for (int i = 0; i < years.length; i++) {
            years[i] = 1.0 + 0.15 * i;
        }
        this.yearCumulative = NeedModel.cumulative(years);
        this.koboDates = batch.format() == SampleFormat.KOBO_CSV;
        this.idPrefix = "OBS-" + (batch.departement() == null ? "FR" : batch.departement()) + "-"
                + (1000 + batch.index()) + "-";
    }

    Row row(long line) {
        SourceGroup group = batch.group();
        Commune commune = batch.pool().draw(random);
        LocalDate date = date();
        NeedModel.Need need = NeedModel.need(random);
        while ((group == SourceGroup.DECIDEUR || group == SourceGroup.FINANCEUR)
                && need.target() == Public.JEUNES_MAJEURS && need.domain() == NeedDomain.LOGEMENT) {
            need = NeedModel.need(random);
        }
        Public target = need.target();
        NeedDomain domain = need.domain();
        ObservationKind kind = NeedModel.kind(group, random);
        double waitFactor = 1.0;

        if (emergingPool != null && "47".equals(commune.departement()) && date.getYear() == toYear
                && random.nextDouble() < EMERGING_SHARE) {
            commune = emergingPool.draw(random);
            target = random.nextDouble() < 0.7 ? Public.AIDANTS : Public.PERSONNES_AGEES;
            domain = NeedDomain.REPIT_AIDANTS;
            kind = random.nextDouble() < 0.75 ? ObservationKind.BESOIN_EMERGENT : ObservationKind.BESOIN_NON_COUVERT;
        } else if (CONVERGENCE_DEPARTEMENT.equals(commune.departement()) && random.nextDouble() < CONVERGENCE_SHARE) {
            target = Public.JEUNES_MAJEURS;
            domain = NeedDomain.LOGEMENT;
            kind = random.nextDouble() < 0.6 ? ObservationKind.BESOIN_NON_COUVERT : ObservationKind.RUPTURE_PARCOURS;
        }
        if (target == Public.ENFANTS_HANDICAPES && domain == NeedDomain.HEBERGEMENT) {
            if (IME_WAIT_DEPARTEMENT.equals(commune.departement())) {
                waitFactor = IME_WAIT_FACTOR;
                if (kind == ObservationKind.SATISFACTION || kind == ObservationKind.PRATIQUE_INSPIRANTE) {
                    kind = ObservationKind.DIFFICULTE_ACCES;
                }
            }
        }
        Integer persons = NeedModel.persons(group, random);
        Integer severity = NeedModel.severity(kind, random);
        Integer waiting = NeedModel.waitingDays(target, domain, kind, waitFactor, random);
        String text = signalText(target, domain, commune);
        if (text == null) {
            text = TextComposer.compose(target, domain, kind, commune.name(), persons, waiting, random);
        }

        boolean coarse = random.nextDouble() < (group == SourceGroup.DECIDEUR || group == SourceGroup.FINANCEUR
                ? 0.25 : 0.04);
        String communeCode = coarse ? "" : commune.code();
        String departement = coarse || random.nextDouble() < 0.5 ? commune.departement() : "";
        String id = batch.withId() ? idPrefix + pad(line) : "";
        String publicValue = spell(target);
        String domainValue = spell(domain);
        String kindValue = spell(kind);
        int submitted = 8 * 3600 + random.nextInt(10 * 3600);
        int badDate = -1;

        Set<Defect> defects = Set.of();
        if (badRowRate > 0 && random.nextDouble() < badRowRate) {
            defects = defects();
            boolean blankTerritory = false;
            String blankField = null;
            if (defects.contains(Defect.MISSING_FIELD)) {
                List<String> choices = new java.util.ArrayList<>(List.of("public", "domain", "kind"));
                if (!defects.contains(Defect.IMPOSSIBLE_DATE) && !koboDates) {
                    choices.add("date");
                }
                if (!defects.contains(Defect.UNKNOWN_COMMUNE)) {
                    choices.add("territory");
                }
                blankField = choices.get(random.nextInt(choices.size()));
            }
            if (defects.contains(Defect.UNKNOWN_COMMUNE)) {
                communeCode = UNKNOWN_COMMUNES.get(random.nextInt(UNKNOWN_COMMUNES.size()));
            }
            if (defects.contains(Defect.IMPOSSIBLE_DATE)) {
                badDate = random.nextInt(Formats.BAD_DATES_FR.size());
            }
            if (defects.contains(Defect.UNKNOWN_VOCABULARY)) {
                String field = blankField;
                int pick;
                do {
                    pick = random.nextInt(3);
                } while ((pick == 0 && "public".equals(field)) || (pick == 1 && "domain".equals(field))
                        || (pick == 2 && "kind".equals(field)));
                switch (pick) {
                    case 0 -> publicValue = UNKNOWN_PUBLICS.get(random.nextInt(UNKNOWN_PUBLICS.size()));
                    case 1 -> domainValue = UNKNOWN_DOMAINS.get(random.nextInt(UNKNOWN_DOMAINS.size()));
                    default -> kindValue = UNKNOWN_KINDS.get(random.nextInt(UNKNOWN_KINDS.size()));
                }
            }
            if (defects.contains(Defect.NEGATIVE_PERSONS)) {
                persons = -(1 + random.nextInt(20));
            }
            if (defects.contains(Defect.PERSONAL_DATA)) {
                // Kinds in turn, so that even a small file has each kind of personal data.
                String sentence = PersonalData.sentence(random, (batch.index() + personal++) % PersonalData.KINDS);
                text = text == null ? capitalise(sentence) : text + (random.nextBoolean() ? ". " : " — ")
                        + capitalise(sentence);
            }
            if (blankField != null) {
                switch (blankField) {
                    case "public" -> publicValue = "";
                    case "domain" -> domainValue = "";
                    case "kind" -> kindValue = "";
                    case "date" -> badDate = -2;
                    default -> {
                        communeCode = "";
                        departement = "";
                        blankTerritory = true;
                    }
                }
            }
            assert !blankTerritory || communeCode.isEmpty();
        }
        return new Row(line, id, date, badDate, communeCode, departement, group.code(), batch.contributor(),
                publicValue, domainValue, kindValue, persons, severity, waiting, text, batch.formVersion(),
                submitted, defects);
    }

    private Set<Defect> defects() {
        Defect first = DEFECTS[random.nextInt(DEFECTS.length)];
        if (random.nextDouble() >= 0.2) {
            return EnumSet.of(first);
        }
        Defect second;
        do {
            second = DEFECTS[random.nextInt(DEFECTS.length)];
        } while (second == first);
        return EnumSet.of(first, second);
    }

    private LocalDate date() {
        int year = fromYear + NeedModel.pick(yearCumulative, random);
        while (true) {
            int month = 1 + random.nextInt(12);
            if (random.nextDouble() * 1.2 < MONTH_WEIGHTS[month - 1]) {
                int length = YearMonth.of(year, month).lengthOfMonth();
                return LocalDate.of(year, month, 1 + random.nextInt(length));
            }
        }
    }

    private String signalText(Public target, NeedDomain domain, Commune commune) {
        if (target == Public.JEUNES_MAJEURS && domain == NeedDomain.LOGEMENT && random.nextDouble() < 0.8) {
            return switch (random.nextInt(4)) {
                case 0 -> "Sortie d'ASE à 18 ans sans solution de logement, jeune à la rue à " + commune.name();
                case 1 -> "Rupture de parcours : fin du contrat jeune majeur, pas de place en FJT";
                case 2 -> "Jeunes majeurs sortant de l'ASE hébergés en urgence, aucun logement accompagné";
                default -> "Sortie d'ASE sans logement ni ressources, demande de logement social en attente";
            };
        }
        if (target == Public.ENFANTS_HANDICAPES && domain == NeedDomain.HEBERGEMENT && random.nextDouble() < 0.8) {
            return switch (random.nextInt(3)) {
                case 0 -> "Liste d'attente pour une place en IME, l'enfant est maintenu à domicile";
                case 1 -> "Notification IME de la MDPH sans place disponible, amendement Creton en cause";
                default -> "Place en IME introuvable, la famille envisage la Belgique";
            };
        }
        if (domain == NeedDomain.REPIT_AIDANTS && EMERGING_EPCI.equals(commune.epciCode()) && random.nextDouble() < 0.7) {
            return switch (random.nextInt(3)) {
                case 0 -> "Nouveau : des aidants épuisés demandent du répit, aucune plateforme sur le Marmandais";
                case 1 -> "Demandes de répit en forte hausse depuis le début de l'année à " + commune.name();
                default -> "Aidant épuisé, besoin d'accueil de jour ou d'hébergement temporaire";
            };
        }
        return null;
    }

    private String spell(Enum<?> term) {
        Terms terms = (Terms) term;
        if (batch.vocabularyAsCodes()) {
            return terms.code();
        }
        double u = random.nextDouble();
        if (u < 0.04 && !terms.synonyms().isEmpty()) {
            return terms.synonyms().get(0);
        }
        if (u < 0.07) {
            return terms.label().toUpperCase(java.util.Locale.ROOT);
        }
        return terms.label();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pad(long n) {
        String s = Long.toString(n);
        return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
    }
}
