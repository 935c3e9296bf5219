package fr.observatoire.reference;

import fr.observatoire.error.ObservatoryException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Text resources of this package: SQL and the FINESS category crosswalk. */
final class Resources {

    private Resources() {
    }

    static String sql(String name) {
        return text(name);
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ObservatoryException("Missing resource " + name + " in " + Resources.class.getPackageName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }
}
