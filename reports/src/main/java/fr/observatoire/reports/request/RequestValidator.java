package fr.observatoire.reports.request;

import fr.observatoire.analytics.themes.ThemeVocabulary;
import fr.observatoire.error.InvalidInputException;
import fr.observatoire.reports.data.LakeReader;
import fr.observatoire.reports.data.TerritoryRef;
import fr.observatoire.reports.disclosure.DisclosureControl;
import fr.observatoire.reports.view.Scope;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.Terms;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a {@link RequestFile} against the lake's reference tables and the requester's scope. Each refusal is an
 * {@link InvalidInputException} naming the request file, the field and the value.
 */
public final class RequestValidator {

    private final LakeReader reader;
    private final Path outputRoot;

    public RequestValidator(LakeReader reader, Path outputRoot) {
        this.reader = reader;
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
    }

    public ValidRequest validate(RequestFile request, String file) {
        if (request.requester() == null) {
            throw refuse(file, "requester", null, "missing: give organisation and departement");
        }
        String organisation = required(file, "requester.organisation", request.requester().organisation());
        String departement = required(file, "requester.departement", request.requester().departement());
        if (reader.departement(departement).isEmpty()) {
            throw refuse(file, "requester.departement", departement, "unknown département code");
        }
        if (request.territory() == null) {
            throw refuse(file, "territory", null, "missing: give code (with level), communes or grouping");
        }
        List<TerritoryRef> known = reader.territories();
        String[] selectorAndSlug = territory(request.territory(), departement, file, known);
        String period = request.period();
        if (period != null) {
            Set<String> periods = new LinkedHashSet<>();
            for (String part : selectorAndSlug[0].split(",")) {
                String[] levelCode = part.split(":", 2);
                periods.addAll(reader.periods(new TerritoryRef(levelCode[0], levelCode[1], null)));
            }
            if (!periods.contains(period)) {
                throw refuse(file, "period", period, "no diagnostic for this period (available: "
                        + String.join(", ", periods) + ")");
            }
        }
        Set<String> publics = codes(file, "publics", request.publics(), Public::parse, Public::code, Public.values());
        Set<String> domains = new LinkedHashSet<>();
        Set<String> themes = new LinkedHashSet<>();
        themes(file, request.themes(), domains, themes);
        List<String> comparisons = new ArrayList<>();
        List<String> raw = request.comparisons() == null ? List.of() : request.comparisons();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null || reader.departement(raw.get(i).strip()).isEmpty()) {
                throw refuse(file, "comparisons[" + i + "]", raw.get(i), "unknown département code");
            }
            comparisons.add(raw.get(i).strip());
        }
        int threshold = request.threshold() == null ? DisclosureControl.DEFAULT_THRESHOLD : request.threshold();
        if (threshold < DisclosureControl.DEFAULT_THRESHOLD) {
            throw refuse(file, "threshold", String.valueOf(threshold),
                    "the disclosure threshold cannot be below " + DisclosureControl.DEFAULT_THRESHOLD);
        }
        return new ValidRequest(organisation, departement, selectorAndSlug[0], selectorAndSlug[1], period,
                new Scope(publics, domains, comparisons, themes), threshold, output(file, request.output()));
    }

    private String[] territory(RequestFile.Territory t, String departement, String file, List<TerritoryRef> known) {
        int forms = (t.code() != null ? 1 : 0) + (t.communes() != null ? 1 : 0) + (t.grouping() != null ? 1 : 0);
        if (forms != 1) {
            throw refuse(file, "territory", null, "give exactly one of code (with level), communes or grouping");
        }
        if (t.communes() != null) {
            if (t.communes().isEmpty()) {
                throw refuse(file, "territory.communes", "[]", "the list of communes is empty");
            }
            List<String> selectors = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < t.communes().size(); i++) {
                String code = t.communes().get(i) == null ? null : t.communes().get(i).strip();
                String field = "territory.communes[" + i + "]";
                Optional<String[]> commune = code == null ? Optional.empty() : reader.commune(code);
                if (commune.isEmpty()) {
                    throw refuse(file, field, code, "unknown commune code");
                }
                if (!commune.get()[2].equals(departement)) {
                    throw refuse(file, field, code, "commune " + commune.get()[1] + " is in département "
                            + commune.get()[2] + ", outside the requester's département " + departement);
                }
                codes.add(code);
            }
            for (int i = 0; i < codes.size(); i++) {
                selectors.add(inDiagnostic(file, "territory.communes[" + i + "]", codes.get(i), "commune", codes.get(i),
                        known));
            }
            String slug = t.communes().size() == 1 ? "commune-" + t.communes().get(0).strip()
                    : "communes-" + t.communes().get(0).strip() + "-et-" + (t.communes().size() - 1);
            return new String[] {String.join(",", selectors), slug};
        }
        if (t.grouping() != null) {
            List<String> departements = reader.groupingDepartements(t.grouping());
            if (departements.isEmpty()) {
                throw refuse(file, "territory.grouping", t.grouping(), "unknown grouping");
            }
            if (!departements.equals(List.of(departement))) {
                throw refuse(file, "territory.grouping", t.grouping(), "the grouping covers départements "
                        + String.join(", ", departements) + ", outside the requester's département " + departement);
            }
            List<TerritoryRef> zones = known.stream().filter(k -> k.level().equals("grouping:" + t.grouping())).toList();
            if (zones.isEmpty()) {
                throw refuse(file, "territory.grouping", t.grouping(), "no diagnostic for this grouping in the lake");
            }
            return new String[] {"grouping:" + t.grouping(), TerritoryRef.slugOf("grouping-" + t.grouping())};
        }
        String level = t.level() == null ? "departement" : t.level().strip();
        String code = t.code().strip();
        switch (level) {
            case "departement" -> {
                if (reader.departement(code).isEmpty()) {
                    throw refuse(file, "territory.code", code, "unknown département code");
                }
                if (!code.equals(departement)) {
                    throw refuse(file, "territory.code", code, "outside the requester's département " + departement);
                }
            }
            case "commune" -> {
                Optional<String[]> commune = reader.commune(code);
                if (commune.isEmpty()) {
                    throw refuse(file, "territory.code", code, "unknown commune code");
                }
                if (!commune.get()[2].equals(departement)) {
                    throw refuse(file, "territory.code", code, "commune " + commune.get()[1] + " is in département "
                            + commune.get()[2] + ", outside the requester's département " + departement);
                }
            }
            case "epci" -> {
                List<String> departements = reader.epciDepartements(code);
                if (departements.isEmpty()) {
                    throw refuse(file, "territory.code", code, "unknown EPCI SIREN code");
                }
                if (!departements.equals(List.of(departement))) {
                    throw refuse(file, "territory.code", code, "the EPCI covers départements "
                            + String.join(", ", departements) + ", outside the requester's département " + departement);
                }
            }
            default -> throw refuse(file, "territory.level", level, "expected departement, epci or commune");
        }
        return new String[] {inDiagnostic(file, "territory.code", code, level, code, known), level + "-" + code};
    }

    private static String inDiagnostic(String file, String field, String value, String level, String code,
            List<TerritoryRef> known) {
        if (known.stream().noneMatch(k -> k.level().equals(level) && k.code().equals(code))) {
            throw refuse(file, field, value, "no diagnostic for this " + level + " in the lake (run the analytics jobs)");
        }
        return level + ":" + code;
    }

    private static <T extends Enum<T> & Terms> Set<String> codes(String file, String field, List<String> raw,
            Function<String, Optional<T>> parse, Function<T, String> code, T[] all) {
        Set<String> codes = new LinkedHashSet<>();
        if (raw == null) {
            return codes;
        }
        for (int i = 0; i < raw.size(); i++) {
            Optional<T> term = raw.get(i) == null ? Optional.empty() : parse.apply(raw.get(i));
            if (term.isEmpty()) {
                throw refuse(file, field + "[" + i + "]", raw.get(i), "unknown public (known: " + String.join(", ",
                        java.util.Arrays.stream(all).map(code).toList()) + ")");
            }
            codes.add(code.apply(term.get()));
        }
        return codes;
    }

    /**
     * Sorts the request's themes into need domains (codes or labels of the vocabulary) and themes of the texts (codes
     * or labels of the themes output and of the standard theme vocabulary; a code that is both restricts both);
     * anything else is refused with both lists.
     */
    private void themes(String file, List<String> raw, Set<String> domains, Set<String> themes) {
        if (raw == null) {
            return;
        }
        java.util.Map<String, String> textThemes = new java.util.TreeMap<>(reader.themeCodes());
        ThemeVocabulary.standard().themes().forEach(textThemes::putIfAbsent);
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i) == null ? null : raw.get(i).strip();
            Optional<NeedDomain> domain = value == null ? Optional.empty() : NeedDomain.parse(value);
            Optional<String> theme = value == null ? Optional.empty() : textThemes.entrySet().stream()
                    .filter(e -> e.getKey().equals(value) || e.getValue().equalsIgnoreCase(value))
                    .map(java.util.Map.Entry::getKey).findFirst();
            domain.ifPresent(d -> domains.add(d.code()));
            theme.ifPresent(themes::add);
            if (domain.isPresent() || theme.isPresent()) {
                continue;
            }
            throw refuse(file, "themes[" + i + "]", raw.get(i), "unknown need domain or theme (need domains: "
                    + String.join(", ", java.util.Arrays.stream(NeedDomain.values()).map(NeedDomain::code).toList())
                    + "; themes of the texts: " + (textThemes.isEmpty()
                            ? "none" : String.join(", ", textThemes.keySet())) + ")");
        }
    }

    private Path output(String file, String output) {
        if (output == null || output.isBlank()) {
            return outputRoot;
        }
        Path resolved;
        try {
            Path relative = Path.of(output);
            if (relative.isAbsolute()) {
                throw refuse(file, "output", output, "must be a folder inside the output folder " + outputRoot
                        + ", not an absolute path");
            }
            resolved = outputRoot.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException(file + ", field output: cannot use '" + output + "': not a path", e);
        }
        if (!resolved.startsWith(outputRoot)) {
            throw refuse(file, "output", output, "escapes the output folder " + outputRoot);
        }
        return resolved;
    }

    private static String required(String file, String field, String value) {
        if (value == null || value.isBlank()) {
            throw refuse(file, field, null, "missing");
        }
        return value.strip();
    }

    private static InvalidInputException refuse(String file, String field, String value, String problem) {
        return InvalidInputException.at(file, 0, field, value, problem);
    }
}
