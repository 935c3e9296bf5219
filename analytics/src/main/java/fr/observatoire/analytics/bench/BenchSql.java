package fr.observatoire.analytics.bench;

import fr.observatoire.analytics.engine.SqlResources;
import fr.observatoire.lake.Sql;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's DuckDB SQL: resources under {@code sql/bench/}, whose file paths ({@code ${name}} placeholders) are
 * quoted through {@link Sql#literal(Path)} because DuckDB resolves paths when it plans; every other value is bound.
 */
final class BenchSql {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private BenchSql() {
    }

    static String load(String name, Map<String, Path> paths) {
        String text = SqlResources.load("bench/" + name);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Path path = paths.get(matcher.group(1));
            if (path == null) {
                throw new IllegalArgumentException("SQL resource bench/" + name + " needs a path for ${"
                        + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(Sql.literal(path)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
