package fr.observatoire.analytics.engine;

import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Loads the SQL resources under {@code fr/observatoire/analytics/sql/}. */
public final class SqlResources {

    /** Class-path folder of the SQL resources. */
    public static final String ROOT = "fr/observatoire/analytics/sql/";

    private SqlResources() {
    }

    /** The text of {@code ROOT + name}, without a trailing semicolon. */
    public static String load(String name) {
        String path = ROOT + name;
        try (InputStream in = SqlResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ObservatoryException("SQL resource not found on the class path: " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read SQL resource " + path, e);
        }
    }
}
