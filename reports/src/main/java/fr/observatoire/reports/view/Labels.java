package fr.observatoire.reports.view;

import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;

/** French labels of vocabulary codes; an unknown code is shown as it is. */
public final class Labels {

    private Labels() {
    }

    public static String publicLabel(String code) {
        return code == null ? "" : Public.parse(code).map(Public::label).orElse(code);
    }

    public static String domain(String code) {
        return code == null ? "" : NeedDomain.parse(code).map(NeedDomain::label).orElse(code);
    }

    public static String actorGroup(String code) {
        if (code == null) {
            return "";
        }
        for (fr.observatoire.vocabulary.ActorGroup group : fr.observatoire.vocabulary.ActorGroup.values()) {
            if (group.code().equals(code)) {
                return group.label();
            }
        }
        return code;
    }

    public static String sourceGroup(String code) {
        return code == null ? "" : SourceGroup.parse(code).map(SourceGroup::label).orElse(code);
    }

    /** A trend: a relative change (0.12 → "↗ +12 %") or a word (hausse, stable, baisse). */
    /** A denominator column (pop_75_plus...) as words. */
    public static String denominator(String column) {
        if (column == null) {
            return "";
        }
        for (fr.observatoire.vocabulary.AgeBand band : fr.observatoire.vocabulary.AgeBand.values()) {
            if (band.column().equals(column)) {
                return band.label();
            }
        }
        return column.equals("population_municipale") ? "population municipale" : column;
    }

    public static String reportingStatus(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "a_jour" -> "à jour";
            case "en_retard" -> "en retard";
            case "silencieux" -> "silencieux";
            default -> status;
        };
    }

    /** French label of a column of quality/territories; unknown columns are shown as they are. */
    public static String qualityIndicator(String column) {
        return switch (column) {
            case "observations" -> "Observations reçues";
            case "contributors" -> "Contributeurs";
            case "batches" -> "Lots";
            case "last_ingested_at" -> "Dernière ingestion";
            case "days_since_last_observation" -> "Jours depuis la dernière observation";
            case "duplicates" -> "Doublons";
            case "duplicate_rate" -> "Taux de doublons (%)";
            case "completeness_commune" -> "Commune renseignée (%)";
            case "completeness_persons" -> "Personnes renseignées (%)";
            case "completeness_severity" -> "Sévérité renseignée (%)";
            case "completeness_waiting_days" -> "Attente renseignée (%)";
            case "completeness_text" -> "Texte libre renseigné (%)";
            case "completeness_form_version" -> "Version de formulaire renseignée (%)";
            default -> column;
        };
    }

    public static String trend(String trend) {
        if (trend == null) {
            return "";
        }
        try {
            double change = Double.parseDouble(trend);
            String percent = (change > 0 ? "+" : "") + Format.number(change * 100, 0) + " %";
            return (change > 0.05 ? "↗ " : change < -0.05 ? "↘ " : "→ ") + percent;
        } catch (NumberFormatException notANumber) {
            // a word
        }
        return switch (trend) {
            case "hausse", "en_hausse", "up" -> "↗ en hausse";
            case "baisse", "en_baisse", "down" -> "↘ en baisse";
            case "stable" -> "→ stable";
            case "nouveau" -> "nouveau";
            default -> trend;
        };
    }
}
