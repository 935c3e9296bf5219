package fr.observatoire.ingest.schema;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.vocabulary.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A version of the input schema: which column names (after folding) name which {@link Field}, which metadata
 * columns are ignored, which columns are refused as direct identifiers. A later version adds columns without
 * changing how a v1 file is read.
 */
public final class InputSchema {

    /** French articles and prepositions dropped from column names: "Nombre de personnes" is nombre_personnes. */
    private static final Set<String> LINKING_WORDS = Set.of("d", "l", "de", "du", "des", "la", "le", "les");

    public static final InputSchema V1 = new InputSchema(1, v1Aliases(),
            Set.of("_id", "_index", "_status", "_submitted_by", "start", "end", "_validation_status", "_notes",
                    "_tags", "_attachments", "_geolocation"),
            Set.of("nom", "prenom", "nom_prenom", "nom_usager", "nir", "numero_securite_sociale", "num_secu",
                    "telephone", "tel", "portable", "email", "e_mail", "mail", "courriel", "adresse",
                    "date_naissance"));

    private final int version;
    private final Map<String, Field> aliases;
    private final Set<String> metadata;
    private final Set<String> refused;

    private InputSchema(int version, Map<Field, List<String>> spellings, Set<String> metadata, Set<String> refused) {
        this.version = version;
        Map<String, Field> index = new HashMap<>();
        spellings.forEach((field, names) -> names.forEach(name -> index.put(foldColumn(name), field)));
        this.aliases = Map.copyOf(index);
        this.metadata = Set.copyOf(metadata);
        this.refused = Set.copyOf(refused);
    }

    private static Map<Field, List<String>> v1Aliases() {
        Map<Field, List<String>> spellings = new EnumMap<>(Field.class);
        spellings.put(Field.OBSERVATION_ID, List.of("observation_id", "id", "identifiant", "_uuid", "uuid",
                "meta/instanceid", "instanceid"));
        spellings.put(Field.DATE_OBSERVATION, List.of("date_observation", "observed_on", "date", "date_obs", "today"));
        spellings.put(Field.SUBMISSION_TIME, List.of("_submission_time"));
        spellings.put(Field.COMMUNE, List.of("commune", "code_commune", "code_insee", "commune_code", "insee",
                "nom_commune", "ville"));
        spellings.put(Field.CODE_POSTAL, List.of("code_postal", "cp", "postal_code", "code_postale"));
        spellings.put(Field.DEPARTEMENT, List.of("departement", "dep", "code_departement", "departement_code",
                "dept"));
        spellings.put(Field.GROUPE_ACTEUR, List.of("groupe_acteur", "source_group", "groupe", "acteur",
                "type_acteur"));
        spellings.put(Field.CONTRIBUTEUR, List.of("contributeur", "contributor", "organisation", "structure"));
        spellings.put(Field.PUBLIC, List.of("public", "public_concerne", "publics", "population_cible"));
        spellings.put(Field.DOMAINE, List.of("domaine", "need_domain", "domaine_besoin", "thematique", "theme"));
        spellings.put(Field.TYPE_OBSERVATION, List.of("type_observation", "kind", "nature", "type"));
        spellings.put(Field.PERSONNES, List.of("personnes", "persons", "nb_personnes", "nombre_personnes"));
        spellings.put(Field.GRAVITE, List.of("gravite", "severity", "severite", "niveau_gravite"));
        spellings.put(Field.DELAI_ATTENTE_JOURS, List.of("delai_attente_jours", "waiting_days", "attente_jours",
                "delai_jours"));
        spellings.put(Field.DESCRIPTION, List.of("description", "text", "texte", "commentaire", "verbatim",
                "observation"));
        spellings.put(Field.VERSION_FORMULAIRE, List.of("version_formulaire", "form_version", "__version__",
                "_version_"));
        return spellings;
    }

    public int version() { return version; }

    /**
     * Folds a column name for comparison: a Kobo/ODK group prefix dropped ({@code group/field} is {@code field}),
     * accents removed, lower case, punctuation as {@code _}, French articles and prepositions dropped ({@code Date d'observation}
     * is {@code date_observation}, {@code Date de naissance} is {@code date_naissance}); leading underscores are kept, they mark Kobo metadata ({@code _id} is not {@code id}).
     */
    public static String foldColumn(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.startsWith("\uFEFF")) {
            name = name.substring(1);
        }
        int slash = name.lastIndexOf('/');
        if (slash >= 0 && slash < name.length() - 1) {
            name = name.substring(slash + 1);
        }
        int underscores = 0;
        while (underscores < name.length() && name.charAt(underscores) == '_') {
            underscores++;
        }
        String folded = Terms.fold(name);
        if (folded.indexOf('_') > 0) {
            String words = Arrays.stream(folded.split("_")).filter(w -> !LINKING_WORDS.contains(w))
                    .collect(Collectors.joining("_"));
            folded = words.isEmpty() ? folded : words;
        }
        return "_".repeat(underscores) + folded;
    }

    /**
     * Maps the columns of a file's header. Throws {@link InvalidInputException} naming the file and the column when
     * a column looks like a direct identifier: the file is refused before any row is read.
     */
    public ColumnMapping map(String fileName, List<String> columns) {
        Field[] fields = new Field[columns.size()];
        int[] columnOf = new int[Field.values().length];
        java.util.Arrays.fill(columnOf, -1);
        List<String> ignored = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String folded = foldColumn(column);
            if (refused.contains(folded)) {
                throw new InvalidInputException(fileName + ", column '" + column
                        + "': refused, it looks like a direct identifier of a person (" + folded
                        + "); remove the column and send the file again");
            }
            Field field = aliases.get(folded);
            if (field == null) {
                if (metadata.contains(folded) || folded.startsWith("_") || folded.isEmpty()) {
                    ignored.add(column);
                } else {
                    warnings.add(fileName + ": unknown column '" + column + "' ignored");
                }
            } else if (columnOf[field.ordinal()] >= 0) {
                warnings.add(fileName + ": column '" + column + "' ignored, '" + columns.get(columnOf[field.ordinal()])
                        + "' already gives " + field.canonical());
            } else {
                fields[i] = field;
                columnOf[field.ordinal()] = i;
            }
        }
        return new ColumnMapping(List.copyOf(columns), fields, columnOf, List.copyOf(ignored), List.copyOf(warnings));
    }
}
