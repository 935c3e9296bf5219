package fr.observatoire.ingest.validate;

import fr.observatoire.ingest.schema.Field;
import fr.observatoire.vocabulary.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A controlled vocabulary as the validator reads one field: its terms' codes, and the spellings the vocabulary itself
 * lists (codes, labels, synonyms exactly as written) already parsed, so that the usual values need no folding.
 * Immutable.
 *
 * @param what      the vocabulary's name in messages ("public", "need domain")
 * @param expected  the codes, comma-separated, for messages
 * @param spellings each listed spelling to the code it parses to
 */
record Vocabulary(Field field, String what, Function<String, Optional<? extends Terms>> parse, String expected,
                  Map<String, String> spellings) {

    static <T extends Enum<T> & Terms> Vocabulary of(Field field, String what, Class<T> type,
                                                     Function<String, Optional<T>> parse) {
        Map<String, String> spellings = new HashMap<>();
        for (T term : type.getEnumConstants()) {
            List<String> written = new ArrayList<>(term.synonyms());
            written.add(term.code());
            written.add(term.label());
            for (String spelling : written) {
                parse.apply(spelling).ifPresent(parsed -> spellings.put(spelling, parsed.code()));
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Terms::code).collect(Collectors.joining(", "));
        // A read-only HashMap rather than Map.copyOf: look-ups of fresh strings probe fewer slots.
        return new Vocabulary(field, what, parse::apply, expected, Collections.unmodifiableMap(spellings));
    }

    /** The code {@code raw} (stripped, not empty) names, the term's own instance; "" when it names none. */
    String code(String raw) {
        String code = spellings.get(raw);
        return code != null ? code : parse.apply(raw).map(Terms::code).orElse("");
    }
}
