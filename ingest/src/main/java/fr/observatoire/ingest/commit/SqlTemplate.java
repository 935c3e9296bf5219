package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A SQL statement kept in a {@code .sql} resource. Values are bound with {@code ?}; only file paths, which DuckDB
 * resolves when it plans a query, are written into the text, as {@code ${name}} placeholders quoted through
 * {@link Sql#literal(Path)} (one path, or a list of paths as a DuckDB list).
 */
public final class SqlTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private final String name;
    private final String text;
    private final Map<String, String> paths;

    private SqlTemplate(String name, String text, Map<String, String> paths) {
        this.name = name;
        this.text = text;
        this.paths = paths;
    }

    /** Loads {@code <package of owner>/<name>}. */
    public static SqlTemplate load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new ObservatoryException("SQL resource " + name + " is missing beside " + owner.getName());
            }
            return new SqlTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.of());
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read SQL resource " + name + ": " + e.getMessage(), e);
        }
    }

    public SqlTemplate with(String placeholder, Path path) {
        return put(placeholder, Sql.literal(path));
    }

    public SqlTemplate with(String placeholder, Collection<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file for ${" + placeholder + "} in " + name);
        }
        return put(placeholder, files.stream().map(Sql::literal).collect(Collectors.joining(", ", "[", "]")));
    }

    private SqlTemplate put(String placeholder, String literal) {
        Map<String, String> next = new LinkedHashMap<>(paths);
        next.put(placeholder, literal);
        return new SqlTemplate(name, text, next);
    }

    /** The statement text with every placeholder replaced. */
    public String sql() {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String literal = paths.get(matcher.group(1));
            if (literal == null) {
                throw new IllegalStateException("no path given for ${" + matcher.group(1) + "} in " + name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
