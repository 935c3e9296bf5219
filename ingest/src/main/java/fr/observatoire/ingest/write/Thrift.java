package fr.observatoire.ingest.write;

import java.nio.charset.StandardCharsets;

/**
 * The few writes of Thrift's compact protocol that Parquet's page headers and footer need: struct fields by id
 * (delta-encoded), zigzag varints, binaries, lists and nested structs. The caller writes fields in increasing id
 * order and closes every struct it opens.
 */
final class Thrift {

    static final int BOOL_TRUE = 1;
    static final int BOOL_FALSE = 2;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final Bytes out;
    private final int[] lastField = new int[16];
    private int depth;

    Thrift(Bytes out) {
        this.out = out;
    }

    private void field(int id, int type) {
        int delta = id - lastField[depth];
        if (delta > 0 && delta <= 15) {
            out.put(delta << 4 | type);
        } else {
            out.put(type);
            out.varint(zigzag(id));
        }
        lastField[depth] = id;
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    Thrift i32(int id, int value) {
        field(id, I32);
        out.varint(zigzag(value));
        return this;
    }

    Thrift i64(int id, long value) {
        field(id, I64);
        out.varint(zigzag(value));
        return this;
    }

    Thrift bool(int id, boolean value) {
        field(id, value ? BOOL_TRUE : BOOL_FALSE);
        return this;
    }

    Thrift binary(int id, byte[] value) {
        field(id, BINARY);
        out.varint(value.length);
        out.put(value, 0, value.length);
        return this;
    }

    Thrift string(int id, String value) {
        return binary(id, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a struct field; end it with {@link #end()}. */
    Thrift struct(int id) {
        field(id, STRUCT);
        return begin();
    }

    /** Opens a struct that is a list element (no field header); end it with {@link #end()}. */
    Thrift begin() {
        lastField[++depth] = 0;
        return this;
    }

    Thrift end() {
        out.put(0);
        depth--;
        return this;
    }

    /** A list field header; then write {@code size} elements of {@code elementType}. */
    Thrift list(int id, int elementType, int size) {
        field(id, LIST);
        if (size < 15) {
            out.put(size << 4 | elementType);
        } else {
            out.put(0xF0 | elementType);
            out.varint(size);
        }
        return this;
    }

    /** A list element of type I32. */
    Thrift element(int value) {
        out.varint(zigzag(value));
        return this;
    }

    /** A list element of type BINARY. */
    Thrift element(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.varint(bytes.length);
        out.put(bytes, 0, bytes.length);
        return this;
    }
}
