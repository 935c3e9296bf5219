package fr.observatoire.samples;

import java.util.ArrayList;
import java.util.List;

/** A column of a written file: what it holds and how the file names it. */
record Column(Field field, String header) {

    /** Windows-1252 CSV: French headers with accents, as a spreadsheet user types them. */
    static List<Column> frenchHeaders(boolean withId) {
        List<Column> columns = new ArrayList<>();
        if (withId) {
            columns.add(new Column(Field.ID, "Identifiant"));
        }
        columns.addAll(List.of(
                new Column(Field.DATE, "Date d'observation"),
                new Column(Field.COMMUNE, "Code commune"),
                new Column(Field.DEPARTEMENT, "Département"),
                new Column(Field.SOURCE_GROUP, "Groupe"),
                new Column(Field.CONTRIBUTOR, "Structure"),
                new Column(Field.PUBLIC, "Public concerné"),
                new Column(Field.DOMAIN, "Thématique"),
                new Column(Field.KIND, "Nature"),
                new Column(Field.PERSONS, "Nb personnes"),
                new Column(Field.SEVERITY, "Gravité"),
                new Column(Field.WAITING_DAYS, "Délai jours"),
                new Column(Field.TEXT, "Commentaire"),
                new Column(Field.FORM_VERSION, "Version formulaire")));
        return columns;
    }

    /** The canonical names of input schema v1. */
    static List<Column> canonical(boolean withId) {
        List<Column> columns = new ArrayList<>();
        if (withId) {
            columns.add(new Column(Field.ID, "observation_id"));
        }
        columns.addAll(List.of(
                new Column(Field.DATE, "date_observation"),
                new Column(Field.COMMUNE, "commune"),
                new Column(Field.DEPARTEMENT, "departement"),
                new Column(Field.SOURCE_GROUP, "groupe_acteur"),
                new Column(Field.CONTRIBUTOR, "contributeur"),
                new Column(Field.PUBLIC, "public"),
                new Column(Field.DOMAIN, "domaine"),
                new Column(Field.KIND, "type_observation"),
                new Column(Field.PERSONS, "personnes"),
                new Column(Field.SEVERITY, "gravite"),
                new Column(Field.WAITING_DAYS, "delai_attente_jours"),
                new Column(Field.TEXT, "description"),
                new Column(Field.FORM_VERSION, "version_formulaire")));
        return columns;
    }

    /** English aliases of input schema v1. */
    static List<Column> english(boolean withId) {
        List<Column> columns = new ArrayList<>();
        if (withId) {
            columns.add(new Column(Field.ID, "id"));
        }
        columns.addAll(List.of(
                new Column(Field.DATE, "observed_on"),
                new Column(Field.COMMUNE, "commune_code"),
                new Column(Field.DEPARTEMENT, "departement_code"),
                new Column(Field.SOURCE_GROUP, "source_group"),
                new Column(Field.CONTRIBUTOR, "contributor"),
                new Column(Field.PUBLIC, "public"),
                new Column(Field.DOMAIN, "need_domain"),
                new Column(Field.KIND, "kind"),
                new Column(Field.PERSONS, "persons"),
                new Column(Field.SEVERITY, "severity"),
                new Column(Field.WAITING_DAYS, "waiting_days"),
                new Column(Field.TEXT, "text"),
                new Column(Field.FORM_VERSION, "form_version")));
        return columns;
    }

    /** A KoboToolbox export of an XLSForm with groups "identification" and "observation". */
    static List<Column> kobo() {
        return List.of(
                new Column(Field.KOBO_START, "start"),
                new Column(Field.KOBO_END, "end"),
                new Column(Field.DATE, "identification/date_obs"),
                new Column(Field.COMMUNE, "identification/commune"),
                new Column(Field.DEPARTEMENT, "identification/departement"),
                new Column(Field.PUBLIC, "observation/public_concerne"),
                new Column(Field.DOMAIN, "observation/domaine"),
                new Column(Field.KIND, "observation/type_observation"),
                new Column(Field.PERSONS, "observation/nb_personnes"),
                new Column(Field.SEVERITY, "observation/gravite"),
                new Column(Field.WAITING_DAYS, "observation/delai_attente_jours"),
                new Column(Field.TEXT, "observation/commentaire"),
                new Column(Field.KOBO_ID, "_id"),
                new Column(Field.KOBO_UUID, "_uuid"),
                new Column(Field.KOBO_SUBMISSION_TIME, "_submission_time"),
                new Column(Field.KOBO_VALIDATION, "_validation_status"),
                new Column(Field.KOBO_STATUS, "_status"),
                new Column(Field.KOBO_SUBMITTED_BY, "_submitted_by"),
                new Column(Field.KOBO_VERSION, "__version__"),
                new Column(Field.KOBO_INDEX, "_index"));
    }
}
