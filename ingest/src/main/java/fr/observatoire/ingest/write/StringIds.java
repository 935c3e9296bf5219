package fr.observatoire.ingest.write;

import java.util.Arrays;

/**
 * The dictionary ids of a column's strings: open addressing over parallel arrays of keys, their hashes and ids, so a
 * look-up touches no node nor boxed id, and a string met again as the same instance (codes from the reference and
 * the vocabularies) is found without comparing its characters.
 */
final class StringIds {

    private String[] keys = new String[64];
    private int[] hashes = new int[64];
    private int[] ids = new int[64];
    private int size;

    int size() {
        return size;
    }

    /** The id of {@code value}, or -1. */
    int get(String value) {
        int hash = value.hashCode();
        int mask = keys.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                return -1;
            }
            if (key == value || (hashes[i] == hash && key.equals(value))) {
                return ids[i];
            }
        }
    }

    /** Adds {@code value} (absent) with the next id, which it returns. */
    int add(String value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int id = size++;
        insert(value, value.hashCode(), id);
        return id;
    }

    private void insert(String value, int hash, int id) {
        int mask = keys.length - 1;
        int i = mix(hash) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = value;
        hashes[i] = hash;
        ids[i] = id;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldIds[i]);
            }
        }
    }

    private static int mix(int hash) {
        int x = (hash ^ (hash >>> 16)) * 0x9E3779B9;
        return x ^ (x >>> 15);
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, null);
            size = 0;
        }
    }
}
