package fr.observatoire.ingest.validate;

/**
 * What one validator derived from the raw values of a low-cardinality field (a vocabulary code, a contributor as
 * redacted, a form version), remembered per raw value. A look-up of a fresh String costs a few characters' hash and
 * one {@code equals}, not a hash of all its characters; equal raw values then give the same result instance.
 * Holds at most {@value #LIMIT} values; beyond that {@link #put} ignores new ones. Not thread-safe.
 */
final class ValueCache<V> {

    static final int LIMIT = 256;
    private static final int SLOTS = LIMIT * 2;

    private final String[] keys = new String[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private int size;

    /** The value remembered for {@code raw}, or null. */
    @SuppressWarnings("unchecked")
    V get(String raw) {
        for (int i = slot(raw); ; i = (i + 1) & (SLOTS - 1)) {
            String key = keys[i];
            if (key == null) {
                return null;
            }
            if (key.equals(raw)) {
                return (V) values[i];
            }
        }
    }

    /** Remembers {@code value} for {@code raw} (not yet remembered) unless the cache is full; whether it did. */
    boolean put(String raw, V value) {
        if (size >= LIMIT) {
            return false;
        }
        int i = slot(raw);
        while (keys[i] != null) {
            i = (i + 1) & (SLOTS - 1);
        }
        keys[i] = raw;
        values[i] = value;
        size++;
        return true;
    }

    boolean isFull() {
        return size >= LIMIT;
    }

    /** A hash of the length and four characters: enough to tell apart the few spellings of a field. */
    private static int slot(String raw) {
        int n = raw.length();
        int h = n;
        if (n > 0) {
            h = h * 31 + raw.charAt(0);
            h = h * 31 + raw.charAt(n - 1);
            h = h * 31 + raw.charAt(n >> 1);
            h = h * 31 + raw.charAt(n >> 2);
        }
        h ^= h >>> 16;
        h *= 0x9E3779B1;
        return (h >>> 23) & (SLOTS - 1);
    }
}
