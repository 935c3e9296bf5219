package fr.observatoire.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.schema.Field;
import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.Terms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCacheTest {

    @Test
    void findsEveryValueEvenWhenTheirSampledCharactersCollide() {
        ValueCache<Integer> cache = new ValueCache<>();
        // Same length, same first, middle, quarter and last characters: one hash for all of them.
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            keys.add(new String(("a" + (char) ('b' + i % 20) + "c" + (char) ('b' + i / 20) + "dccz").toCharArray()));
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(cache.put(keys.get(i), i)).isTrue();
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(cache.get(new String(keys.get(i).toCharArray()))).isEqualTo(i);
        }
        assertThat(cache.get("abcbdccy")).isNull();
        assertThat(cache.get("axcxdccz")).isNull();
        assertThat(cache.get("")).isNull();
    }

    @Test
    void ignoresNewValuesOnceFull() {
        ValueCache<String> cache = new ValueCache<>();
        for (int i = 0; i < ValueCache.LIMIT; i++) {
            assertThat(cache.put("value " + i, "v" + i)).isTrue();
        }
        assertThat(cache.isFull()).isTrue();
        assertThat(cache.put("one more", "x")).isFalse();
        assertThat(cache.get("one more")).isNull();
        assertThat(cache.get("value " + (ValueCache.LIMIT - 1))).isEqualTo("v" + (ValueCache.LIMIT - 1));
    }

    @Test
    void aVocabularyGivesWhatItsParserGivesForListedAndFreeSpellings() {
        Vocabulary publics = Vocabulary.of(Field.PUBLIC, "public", Public.class, Public::parse);
        Vocabulary domains = Vocabulary.of(Field.DOMAINE, "need domain", NeedDomain.class, NeedDomain::parse);
        for (Public term : Public.values()) {
            List<String> spellings = new ArrayList<>(term.synonyms());
            spellings.add(term.code());
            spellings.add(term.label());
            for (String spelling : spellings) {
                assertThat(publics.code(spelling)).isSameAs(Public.parse(spelling).map(Terms::code).orElseThrow());
            }
        }
        assertThat(publics.code("PERSONNES-AGEES")).isSameAs(Public.PERSONNES_AGEES.code());
        assertThat(domains.code("Accès aux droits")).isSameAs(NeedDomain.ACCES_DROITS.code());
        assertThat(domains.code("pas un domaine")).isEmpty();
        assertThat(domains.expected()).startsWith("maintien_domicile, hebergement");
    }
}
