package fr.observatoire.samples;

import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * French free text as the field writes it: templates per need domain with variation (openings, elisions, plural and
 * singular, a few typos, sometimes two sentences joined by ';' or a line break). Every character is in
 * Windows-1252. Placeholders: {ville}, {n} ("3 personnes"), {delai} ("8 mois").
 */
final class TextComposer {

    private static final Map<NeedDomain, List<String>> TEMPLATES = new EnumMap<>(NeedDomain.class);

    static {
        TEMPLATES.put(NeedDomain.MAINTIEN_DOMICILE, List.of(
                "Plus aucun service d'aide à domicile n'intervient le week-end sur {ville}",
                "Les heures d'aide à domicile ne suffisent plus, l'aidant épuisé demande un relais",
                "{n} en attente d'un plan d'aide APA faute d'intervenants",
                "Difficultés de recrutement au SAAD : passages annulés, personnes âgées seules le soir",
                "SSIAD saturé, sortie d'hospitalisation sans soins infirmiers à domicile"));
        TEMPLATES.put(NeedDomain.HEBERGEMENT, List.of(
                "Liste d'attente de {delai} pour une place en EHPAD à {ville}",
                "Pas de place en IME : l'enfant reste à la maison depuis {delai}",
                "Demande d'accueil en MAS sans réponse, famille à bout",
                "Orientation FAM notifiée par la MDPH mais aucune place disponible dans le département",
                "Places d'hébergement temporaire introuvables près de {ville}"));
        TEMPLATES.put(NeedDomain.HABITAT_INCLUSIF, List.of(
                "Projet d'habitat inclusif attendu à {ville}, {n} intéressées",
                "Besoin de logements accompagnés pour des adultes en situation de handicap psychique",
                "Une résidence accueil permettrait d'éviter des hospitalisations longues",
                "L'habitat partagé fonctionne bien, les colocataires demandent un second site"));
        TEMPLATES.put(NeedDomain.LOGEMENT, List.of(
                "Sortie d'ASE sans solution de logement, jeune hébergé chez des amis",
                "Logement insalubre signalé, famille avec enfants à {ville}",
                "Délai d'accès au logement social de {delai} pour une personne seule",
                "Hébergement d'urgence saturé, {n} orientées vers le 115 sans réponse"));
        TEMPLATES.put(NeedDomain.REPIT_AIDANTS, List.of(
                "Aidant épuisé, aucune solution de répit à moins de 30 km",
                "Besoin d'accueil de jour pour soulager l'aidante, son mari a la maladie d'Alzheimer",
                "Plateforme de répit trop éloignée de {ville}, les aidants ne s'y rendent pas",
                "Demande de relayage à domicile quelques heures par semaine",
                "Aidants familiaux en souffrance : {n} repérées lors du café des aidants"));
        TEMPLATES.put(NeedDomain.ACCES_DROITS, List.of(
                "Non-recours à l'APA par méconnaissance des démarches",
                "Dossier MDPH en attente depuis {delai}, droits interrompus",
                "Démarches dématérialisées impossibles sans accompagnement, fracture numérique",
                "{n} accompagnées pour ouvrir leurs droits à la complémentaire santé solidaire"));
        TEMPLATES.put(NeedDomain.ACCES_SOINS, List.of(
                "Désert médical : plus de médecin traitant à {ville} depuis le départ en retraite du dernier généraliste",
                "Délai de {delai} pour un rendez-vous chez un spécialiste",
                "Renoncement aux soins dentaires faute de praticien acceptant de nouveaux patients",
                "Pas de transport pour aller aux consultations à l'hôpital"));
        TEMPLATES.put(NeedDomain.SANTE_MENTALE, List.of(
                "CMP saturé : premier rendez-vous dans {delai}",
                "Troubles psychiques non suivis, crises à répétition dans le logement",
                "Besoin d'une équipe mobile de psychiatrie sur le secteur de {ville}",
                "Jeune en souffrance psychique après une rupture de parcours"));
        TEMPLATES.put(NeedDomain.AUTISME_TSA, List.of(
                "Diagnostic TSA attendu depuis {delai} au CRA",
                "Enfant autiste sans accompagnement adapté, parents démunis",
                "Besoin d'une unité d'enseignement autisme près de {ville}",
                "Troubles du neuro-développement repérés mais aucune plateforme de coordination disponible"));
        TEMPLATES.put(NeedDomain.SCOLARISATION, List.of(
                "Notification AESH sans AESH affecté depuis la rentrée",
                "Scolarisation à temps partiel faute d'accompagnement, {n} concernées",
                "L'inclusion scolaire se passe mieux depuis l'intervention du SESSAD",
                "Refus d'inscription en classe ordinaire, orientation ULIS sans place"));
        TEMPLATES.put(NeedDomain.PROTECTION_ENFANCE, List.of(
                "Mesure de placement non exécutée faute de place en MECS",
                "Enfants confiés à l'ASE hébergés à l'hôtel",
                "Informations préoccupantes en hausse à {ville}, équipes débordées",
                "Délai de {delai} pour la mise en œuvre d'une AEMO"));
        TEMPLATES.put(NeedDomain.PERINATALITE, List.of(
                "Consultations PMI réduites à {ville}, jeunes mères isolées",
                "Besoin d'accompagnement périnatal pour des parents en grande précarité",
                "Maternité éloignée, suivi de grossesse difficile sans véhicule"));
        TEMPLATES.put(NeedDomain.PARENTALITE, List.of(
                "Parents en demande de soutien à la parentalité, groupe de parole complet",
                "Le lieu d'accueil enfants-parents de {ville} est très apprécié des familles",
                "Familles monoparentales épuisées, besoin de médiation familiale"));
        TEMPLATES.put(NeedDomain.INSERTION_EMPLOI, List.of(
                "Jeune majeur sans ressources après la sortie d'ASE, contrat jeune majeur refusé",
                "Pas de formation qualifiante accessible sans permis de conduire",
                "{n} orientées vers la mission locale de {ville} sans suite",
                "Le chantier d'insertion a permis un retour à l'emploi durable"));
        TEMPLATES.put(NeedDomain.MOBILITE, List.of(
                "Aucun transport en commun le samedi depuis {ville}",
                "Transport adapté réservé trop longtemps à l'avance, rendez-vous manqués",
                "Besoin d'un service de transport solidaire pour les personnes âgées isolées"));
        TEMPLATES.put(NeedDomain.ISOLEMENT, List.of(
                "Personnes âgées isolées repérées pendant l'épisode de canicule",
                "Isolement social fort en zone rurale, plus de commerces de proximité",
                "Les visites de bénévoles ont repris, {n} en bénéficient"));
        TEMPLATES.put(NeedDomain.COORDINATION_PARCOURS, List.of(
                "Rupture de parcours à la sortie d'hospitalisation, aucun relais organisé",
                "Rupture de parcours à 18 ans : fin de prise en charge ASE sans relais",
                "Manque de coordination entre le secteur sanitaire et le médico-social",
                "Situation complexe sans référent de parcours, {n} concernées"));
        TEMPLATES.put(NeedDomain.ACCOMPAGNEMENT_MEDICO_SOCIAL, List.of(
                "Liste d'attente SESSAD de {delai}",
                "Orientation SAMSAH notifiée, pas de place avant {delai}",
                "Le SAVS ne peut plus prendre de nouvelles personnes à {ville}",
                "Besoin d'accompagnement médico-social en milieu ordinaire pour {n}"));
        TEMPLATES.put(NeedDomain.TRAVAIL_PROTEGE, List.of(
                "Orientation ESAT sans place disponible, jeune adulte à domicile",
                "Travailleurs d'ESAT vieillissants sans solution de sortie",
                "Besoin de passerelles entre l'ESAT et l'entreprise adaptée"));
    }

    /** Where the public changes what a domain means: hébergement is an EHPAD for elders, a MAS or FAM for adults. */
    private static final Map<String, List<String>> BY_PUBLIC = Map.of(
            "hebergement/personnes_agees", List.of(
                    "Liste d'attente de {delai} pour une place en EHPAD à {ville}",
                    "Places d'hébergement temporaire introuvables près de {ville}",
                    "Entrée en EHPAD refusée faute de place en unité Alzheimer",
                    "Reste à charge en EHPAD trop élevé pour la famille"),
            "hebergement/adultes_handicapes", List.of(
                    "Demande d'accueil en MAS sans réponse, famille à bout",
                    "Orientation FAM notifiée par la MDPH mais aucune place disponible dans le département",
                    "Adulte maintenu en IME au titre de l'amendement Creton faute de place en foyer",
                    "Foyer de vie complet, liste d'attente de {delai}"),
            "hebergement/enfants_handicapes", List.of(
                    "Pas de place en IME : l'enfant reste à la maison depuis {delai}",
                    "Liste d'attente pour une place en IME à {ville}",
                    "Accueil temporaire pour enfants polyhandicapés introuvable"),
            "accompagnement_medico_social/enfants_handicapes", List.of(
                    "Liste d'attente SESSAD de {delai}",
                    "Notification SESSAD sans prise en charge, {n} concernées",
                    "Besoin d'accompagnement médico-social en milieu ordinaire pour {n}"),
            "accompagnement_medico_social/adultes_handicapes", List.of(
                    "Orientation SAMSAH notifiée, pas de place avant {delai}",
                    "Le SAVS ne peut plus prendre de nouvelles personnes à {ville}",
                    "Besoin d'accompagnement médico-social en milieu ordinaire pour {n}"));

    private static final List<String> OPENINGS = List.of("", "", "", "Constat : ", "Observation : ",
            "Situation remontée par l'équipe : ", "À signaler : ", "Retour du terrain : ");
    /** Satisfaction and inspiring practices; {theme} is the domain label in lower case. */
    private static final List<String> POSITIVE = List.of(
            "Retour positif des familles depuis la mise en place d'une permanence à {ville} ({theme})",
            "Bonne pratique à diffuser : un référent unique, {n} accompagnées sans rupture ({theme})",
            "Les usagers sont satisfaits de l'accueil, délais raccourcis",
            "Initiative locale, thème {theme} : coordination mensuelle entre partenaires",
            "Partenariat efficace avec le CCAS de {ville}, situations réglées en quelques semaines");
    private static final List<String> SECOND = List.of(
            "situation déjà signalée l'an dernier",
            "l'aidant est épuisé",
            "pas de solution proposée à ce jour",
            "la famille envisage un départ en Belgique",
            "relance faite auprès de la MDPH",
            "les partenaires sont informés",
            "demande d'un rendez-vous avec l'élu");

    private TextComposer() {
    }

    /** A text for a need, or null (no comment) now and then. */
    static String compose(Public target, NeedDomain domain, ObservationKind kind, String ville, Integer persons,
                          Integer waitingDays, RandomGenerator random) {
        if (random.nextDouble() < 0.07) {
            return null;
        }
        boolean positive = kind == ObservationKind.SATISFACTION || kind == ObservationKind.PRATIQUE_INSPIRANTE;
        List<String> templates = positive ? POSITIVE
                : domain == NeedDomain.HEBERGEMENT || domain == NeedDomain.ACCOMPAGNEMENT_MEDICO_SOCIAL
                ? BY_PUBLIC.getOrDefault(domain.code() + "/" + target.code(), TEMPLATES.get(domain))
                : TEMPLATES.get(domain);
        String template = templates.get(random.nextInt(templates.size()));
        StringBuilder text = new StringBuilder(160);
        if (!positive) {
            text.append(OPENINGS.get(random.nextInt(OPENINGS.size())));
        }
        boolean lowerFirst = text.length() > 0;
        int start = text.length();
        int days = waitingDays != null ? waitingDays : 30 + random.nextInt(330);
        fill(text, template, ville, persons, days, domain);
        if (lowerFirst && start < text.length() && !Character.isUpperCase(text.charAt(Math.min(start + 1,
                text.length() - 1)))) {
            text.setCharAt(start, Character.toLowerCase(text.charAt(start)));
        }
        double u = random.nextDouble();
        if (u < 0.08) {
            text.append("; ").append(SECOND.get(random.nextInt(SECOND.size())));
        } else if (u < 0.13) {
            text.append(".\n").append(capitalise(SECOND.get(random.nextInt(SECOND.size()))));
        } else if (u < 0.30) {
            text.append(", ").append(SECOND.get(random.nextInt(SECOND.size())));
        }
        if (random.nextDouble() < 0.5) {
            text.append('.');
        }
        if (random.nextDouble() < 0.04) {
            typo(text, random);
        }
        return text.toString();
    }

    /** Templates cut into literal text and slots once: "{ville}" becomes the slot "ville". */
    private static final Map<String, String[]> SEGMENTS = new java.util.HashMap<>();

    static {
        List<String> all = new java.util.ArrayList<>(POSITIVE);
        TEMPLATES.values().forEach(all::addAll);
        BY_PUBLIC.values().forEach(all::addAll);
        for (String template : all) {
            List<String> parts = new java.util.ArrayList<>();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    parts.add(template.substring(i));
                    break;
                }
                if (open > i) {
                    parts.add(template.substring(i, open));
                }
                int close = template.indexOf('}', open);
                parts.add("{" + template.substring(open + 1, close));
                i = close + 1;
            }
            SEGMENTS.put(template, parts.toArray(new String[0]));
        }
    }

    private static void fill(StringBuilder out, String template, String ville, Integer persons, int days,
                             NeedDomain domain) {
        for (String part : SEGMENTS.get(template)) {
            if (part.isEmpty() || part.charAt(0) != '{') {
                out.append(part);
            } else {
                switch (part) {
                    case "{ville" -> out.append(ville);
                    case "{n" -> {
                        int n = persons == null || persons < 1 ? 2 : persons;
                        out.append(n).append(n == 1 ? " personne" : " personnes");
                    }
                    case "{theme" -> out.append(domain.label().toLowerCase(java.util.Locale.ROOT));
                    case "{delai" -> {
                        if (days < 60) {
                            out.append(days).append(days == 1 ? " jour" : " jours");
                        } else if (days < 730) {
                            out.append(days / 30).append(" mois");
                        } else {
                            out.append(days / 365).append(" ans");
                        }
                    }
                    default -> throw new IllegalStateException("unknown slot " + part.substring(1));
                }
            }
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One typo as typed in a hurry: a lost accent, two letters swapped or a letter doubled. */
    private static void typo(StringBuilder text, RandomGenerator random) {
        int at = random.nextInt(Math.max(1, text.length() - 2));
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = at; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == 'é' || c == 'è' || c == 'ê') {
                        text.setCharAt(i, 'e');
                        return;
                    }
                }
            }
            case 1 -> {
                char a = text.charAt(at);
                char b = text.charAt(at + 1);
                if (Character.isLetter(a) && Character.isLetter(b)) {
                    text.setCharAt(at, b);
                    text.setCharAt(at + 1, a);
                }
            }
            default -> {
                if (Character.isLetter(text.charAt(at))) {
                    text.insert(at, text.charAt(at));
                }
            }
        }
    }
}
