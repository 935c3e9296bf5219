package fr.observatoire.analytics;

import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.vocabulary.ObservationKind;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;
import java.util.Arrays;
import java.util.List;

/**
 * The controlled vocabularies as views, so that SQL joins them instead of repeating codes:
 * {@code vocab_actor_groups(source_group, actor_group)} (usager and habitant are one actor group),
 * {@code vocab_public_bands(public, band)} (the population column that is the public's denominator) and
 * {@code vocab_need_kinds(kind)} (kinds that express a need: not satisfaction nor inspiring practice).
 */
public final class VocabularyViews {

    private VocabularyViews() {
    }

    public static void register(Engine engine) {
        engine.register("vocab_actor_groups", TableSchema.of("source_group", SqlType.STRING, "actor_group", SqlType.STRING),
                Arrays.stream(SourceGroup.values())
                        .map(g -> List.<Object>of(g.code(), g.actorGroup().code())).toList());
        engine.register("vocab_public_bands", TableSchema.of("public", SqlType.STRING, "band", SqlType.STRING),
                Arrays.stream(Public.values())
                        .map(p -> List.<Object>of(p.code(), p.denominator().column())).toList());
        engine.register("vocab_need_kinds", TableSchema.of("kind", SqlType.STRING),
                Arrays.stream(ObservationKind.values()).filter(ObservationKind::expressesNeed)
                        .map(k -> List.<Object>of(k.code())).toList());
    }
}
