package fr.observatoire.samples;

import fr.observatoire.vocabulary.SourceGroup;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Plausible contributor organisations (invented, never a person): kinds of organisations that send observations,
 * named after a real town, pays or département. Placeholders: {ville}, {de_ville} ("de Roubaix", "d'Éguilles"), {pays} ("du Marmandais" or "de Marmande"),
 * {dep} ("du Nord"), {epci}, {region}.
 */
final class Contributors {

    private static final Map<SourceGroup, List<String>> KINDS = Map.of(
            SourceGroup.USAGER, List.of(
                    "Conseil de la vie sociale de l'EHPAD Les Tilleuls ({ville})",
                    "Groupe d'entraide mutuelle {pays}",
                    "Association des usagers du SAVS {pays}",
                    "Collectif de parents d'enfants autistes {dep}",
                    "Comité d'usagers de la résidence accueil {de_ville}"),
            SourceGroup.HABITANT, List.of(
                    "Centre social et culturel {de_ville}",
                    "Conseil citoyen {de_ville}",
                    "Espace de vie sociale {pays}",
                    "Maison France services {de_ville}",
                    "Café des aidants {pays}"),
            SourceGroup.PROFESSIONNEL, List.of(
                    "Association d'aide à domicile {pays}",
                    "SAVS APF France handicap {ville}",
                    "CCAS {de_ville}",
                    "SESSAD de l'association Les Jardins {pays}",
                    "Service de prévention spécialisée {pays}",
                    "Équipe mobile psychiatrie précarité {pays}",
                    "Dispositif d'appui à la coordination {dep}",
                    "SAMSAH Handi'Accompagnement {pays}"),
            SourceGroup.DECIDEUR, List.of(
                    "Conseil départemental {dep} — Direction de l'autonomie",
                    "Mairie {de_ville} — Pôle solidarités",
                    "{epci} — Service cohésion sociale",
                    "Conseil départemental {dep} — Direction enfance famille"),
            SourceGroup.FINANCEUR, List.of(
                    "CAF {dep}",
                    "CPAM {dep}",
                    "Conseil départemental {dep} — DPAPH",
                    "ARS {region} — Délégation départementale {dep}",
                    "Carsat {region}",
                    "Conférence des financeurs {dep}"));

    private static final Map<String, String> PAYS = Map.ofEntries(
            Map.entry("47157", "du Marmandais"), Map.entry("47001", "de l'Agenais"),
            Map.entry("47323", "du Villeneuvois"), Map.entry("47106", "du Fumélois"),
            Map.entry("47238", "du Néracais"),
            Map.entry("59606", "du Valenciennois"), Map.entry("59178", "du Douaisis"),
            Map.entry("59122", "du Cambrésis"), Map.entry("59392", "de la Sambre"),
            Map.entry("59183", "du Dunkerquois"), Map.entry("59350", "de la Métropole lilloise"),
            Map.entry("59295", "de Flandre intérieure"), Map.entry("59036", "de l'Avesnois"),
            Map.entry("13055", "de Marseille"), Map.entry("13001", "du Pays d'Aix"),
            Map.entry("13004", "du Pays d'Arles"), Map.entry("13056", "de l'Ouest Provence"),
            Map.entry("13005", "du Pays d'Aubagne"), Map.entry("13103", "des Alpilles"));

    private static final Map<String, String> REGIONS = Map.of(
            "32", "Hauts-de-France", "93", "Provence-Alpes-Côte d'Azur", "75", "Nouvelle-Aquitaine",
            "11", "Île-de-France", "84", "Auvergne-Rhône-Alpes", "76", "Occitanie", "44", "Grand Est",
            "28", "Normandie", "53", "Bretagne", "52", "Pays de la Loire");

    private Contributors() {
    }

    static String name(SourceGroup group, Commune town, String departementName, RandomGenerator random) {
        List<String> kinds = KINDS.get(group);
        String template = kinds.get(random.nextInt(kinds.size()));
        String pays = PAYS.getOrDefault(town.code(), de(town.name()));
        return template.replace("{de_ville}", de(town.name()))
                .replace("{ville}", town.name())
                .replace("{pays}", pays)
                .replace("{dep}", departementArticle(town.departement(), departementName))
                .replace("{epci}", town.epciName().isBlank() ? "Communauté de communes" : town.epciName())
                .replace("{region}", REGIONS.getOrDefault(town.region(), "région " + town.region()));
    }

    /** "de Marmande", "d'Agen", "du Havre" stays simple: elision before a vowel. */
    static String de(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        char first = Character.toLowerCase(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .charAt(0));
        return "aeiouyh".indexOf(first) >= 0 ? "d'" + name : "de " + name;
    }

    private static final List<String> MASCULINE = List.of("Nord", "Gard", "Var", "Lot", "Cher", "Doubs", "Gers",
            "Jura", "Loiret", "Tarn", "Finistère", "Calvados", "Cantal", "Morbihan", "Rhône", "Haut-Rhin", "Bas-Rhin",
            "Pas-de-Calais", "Puy-de-Dôme", "Val-d'Oise", "Val-de-Marne", "Tarn-et-Garonne", "Lot-et-Garonne",
            "Territoire de Belfort", "Loir-et-Cher", "Maine-et-Loire", "Haut-Rhin", "Aveyron", "Allier", "Aude",
            "Ain", "Eure", "Cher", "Vaucluse");

    /** "du Nord", "des Bouches-du-Rhône", "de Lot-et-Garonne", "de la Somme", "de l'Ain". */
    static String departementArticle(String code, String name) {
        if ("47".equals(code)) {
            return "de Lot-et-Garonne";
        }
        if (name.startsWith("Bouches") || name.startsWith("Alpes") || name.startsWith("Hautes-")
                || name.startsWith("Pyrénées") || name.startsWith("Deux-") || name.endsWith("es")
                || name.startsWith("Côtes") || name.equals("Yvelines")) {
            return "des " + name;
        }
        char first = Character.toLowerCase(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .charAt(0));
        if ("aeiouy".indexOf(first) >= 0) {
            return "de l'" + name;
        }
        if (MASCULINE.contains(name)) {
            return "du " + name;
        }
        return "de la " + name;
    }
}
