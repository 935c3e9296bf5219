package fr.observatoire.ingest.write;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * A Snappy block compressor (the raw format Parquet's SNAPPY codec uses: the uncompressed length as a varint, then
 * literals and back-references), following Google's fragment compressor: 64 KiB blocks, a hash table of 4-byte
 * sequences cleared for each block, lookups that skip faster the longer nothing matches, matches extended 8 bytes at a
 * time. Every copy is checked against the bytes it repeats, so the output is valid whatever the input. One instance
 * per thread: it keeps its hash table and the encoded block, and allocates nothing per call.
 */
final class Snappy {

    private static final int BLOCK = 1 << 16;
    private static final int MAX_HASH_BITS = 14;
    private static final int MIN_HASH_BITS = 8;
    /** The scan stops this many bytes before a block's end, so that its 8-byte reads stay in the block. */
    private static final int MARGIN = 15;
    /** Literals up to this length are copied as two 8-byte words when the source has the bytes to read. */
    private static final int SHORT_LITERAL = 16;
    /** Literals over this length are copied from the source to the output directly, not through {@link #encoded}. */
    private static final int LONG_LITERAL = 256;
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Position in the current block of the last occurrence of each hashed 4 bytes. Cleared for each block, so an
     * entry is always an earlier position of that block: a wrong guess costs one comparison, never a check.
     */
    private final char[] table = new char[1 << MAX_HASH_BITS];

    /**
     * One block's encoding. A block of n bytes encodes to at most n + n / 30 + 3 bytes: a literal and the copy after
     * it take no more than the bytes they stand for, but for the 1 or 2 extra tag bytes of a literal over 60 bytes and
     * the final literal's tag. The rest is room for the 16-byte copies of short literals.
     */
    private final byte[] encoded = new byte[BLOCK + BLOCK / 6 + 64];

    /** Appends the compressed form of {@code source[from, from + length)} to {@code out}. */
    void compress(byte[] source, int from, int length, Bytes out) {
        Objects.checkFromIndexSize(from, length, source.length);
        out.varint(length);
        int end = from + length;
        for (int start = from; start < end; start += Math.min(BLOCK, end - start)) {
            int size = block(source, start, start + Math.min(BLOCK, end - start), out);
            out.put(encoded, 0, size);
        }
    }

    /**
     * Encodes {@code s[base, end)}, at most one block, into {@link #encoded} (long literals go straight to {@code out},
     * after what was encoded before them); returns the size encoded since.
     */
    private int block(byte[] s, int base, int end, Bytes out) {
        int length = end - base;
        if (length <= MARGIN) {
            return literal(s, base, length, 0, out);
        }
        int bits = hashBits(length);
        int shift = 32 - bits;
        char[] t = table;
        Arrays.fill(t, 0, 1 << bits, (char) 0);

        int op = 0;
        int limit = end - MARGIN;
        int emitted = base;
        int ip = base + 1;
        int nextHash = hash(intLE(s, ip), shift);
        scan:
        while (true) {
            // Look for 4 bytes seen before; after 32 misses, probe every 2nd byte, then every 3rd, ...
            int skip = 32;
            int next = ip;
            int candidate;
            do {
                ip = next;
                int hash = nextHash;
                int step = skip >>> 5;
                skip += step;
                next = ip + step;
                if (next > limit) {
                    break scan;
                }
                nextHash = hash(intLE(s, next), shift);
                candidate = base + t[hash];
                t[hash] = (char) (ip - base);
            } while (intLE(s, ip) != intLE(s, candidate));

            op = literal(s, emitted, ip - emitted, op, out);
            // Emit the match, then as long as the position right after it matches too, the next one.
            int current;
            do {
                int start = ip;
                int at = ip + 4;
                long ahead = longLE(s, at);
                long difference = longLE(s, candidate + 4) ^ ahead;
                if (difference != 0) {
                    // The 4 bytes after the match come from the words already loaded, shifted by its length: the next
                    // hash does not wait for one more load that depends on the comparison.
                    int zeros = Long.numberOfTrailingZeros(difference);
                    ip = at + (zeros >>> 3);
                    long window = (int) difference == 0 ? longLE(s, at + 4) : ahead;
                    current = (int) (window >>> (zeros & 24));
                } else {
                    ip = at + 8 + matchLength(s, candidate + 12, at + 8, end);
                    current = ip < limit ? intLE(s, ip) : 0;
                }
                op = copy(start - candidate, ip - start, op);
                emitted = ip;
                if (ip >= limit) {
                    break scan;
                }
                t[hash(intLE(s, ip - 1), shift)] = (char) (ip - 1 - base);
                int hash = hash(current, shift);
                candidate = base + t[hash];
                t[hash] = (char) (ip - base);
            } while (current == intLE(s, candidate));
            nextHash = hash(intLE(s, ip + 1), shift);
            ip++;
        }
        return literal(s, emitted, end - emitted, op, out);
    }

    /** The table size for a block: no larger than the block, between 2^8 and 2^14 entries. */
    private static int hashBits(int length) {
        int bits = 32 - Integer.numberOfLeadingZeros(length - 1);
        return Math.max(MIN_HASH_BITS, Math.min(MAX_HASH_BITS, bits));
    }

    private static int hash(int bytes, int shift) {
        return (bytes * 0x1E35A7BD) >>> shift;
    }

    /**
     * How many bytes from {@code earlier} and {@code at} (with {@code earlier < at}) are equal before {@code end}: up to
     * 24 bytes a word at a time (most matches end there), then through {@link Arrays#mismatch}, which compares many
     * bytes at a time.
     */
    private static int matchLength(byte[] s, int earlier, int at, int end) {
        int matched = 0;
        for (int i = 0; i < 3 && at + matched + 8 <= end; i++) {
            long difference = longLE(s, earlier + matched) ^ longLE(s, at + matched);
            if (difference != 0) {
                return matched + (Long.numberOfTrailingZeros(difference) >>> 3);
            }
            matched += 8;
        }
        int mismatch = Arrays.mismatch(s, earlier + matched, earlier + end - at, s, at + matched, end);
        return mismatch < 0 ? end - at : matched + mismatch;
    }

    private static int intLE(byte[] s, int at) {
        return (int) INT_LE.get(s, at);
    }

    private static long longLE(byte[] s, int at) {
        return (long) LONG_LE.get(s, at);
    }

    /**
     * Encodes {@code s[from, from + length)}, {@code length <= 65536}, as a literal at {@code op}; returns the end. A
     * literal over {@value #LONG_LITERAL} bytes is copied once, to {@code out} after the block so far: then it returns 0.
     */
    private int literal(byte[] s, int from, int length, int op, Bytes out) {
        if (length == 0) {
            return op;
        }
        byte[] d = encoded;
        int n = length - 1;
        if (n < 60) {
            d[op++] = (byte) (n << 2);
            if (length <= SHORT_LITERAL && from + SHORT_LITERAL <= s.length) {
                LONG_LE.set(d, op, longLE(s, from));
                LONG_LE.set(d, op + 8, longLE(s, from + 8));
                return op + length;
            }
        } else if (n < 1 << 8) {
            d[op++] = (byte) (60 << 2);
            d[op++] = (byte) n;
        } else {
            d[op++] = (byte) (61 << 2);
            d[op++] = (byte) n;
            d[op++] = (byte) (n >>> 8);
        }
        if (length > LONG_LITERAL) {
            out.put(d, 0, op);
            out.put(s, from, length);
            return 0;
        }
        System.arraycopy(s, from, d, op, length);
        return op + length;
    }

    /** A back-reference of {@code length >= 4} bytes at {@code offset < 65536}, split into elements of 4..64. */
    private int copy(int offset, int length, int op) {
        while (length >= 68) {
            op = copy2(offset, 64, op);
            length -= 64;
        }
        if (length > 64) {
            op = copy2(offset, 60, op);
            length -= 60;
        }
        if (length < 12 && offset < 2048) {
            encoded[op] = (byte) (1 | ((length - 4) << 2) | ((offset >>> 8) << 5));
            encoded[op + 1] = (byte) offset;
            return op + 2;
        }
        return copy2(offset, length, op);
    }

    private int copy2(int offset, int length, int op) {
        encoded[op] = (byte) (2 | ((length - 1) << 2));
        encoded[op + 1] = (byte) offset;
        encoded[op + 2] = (byte) (offset >>> 8);
        return op + 3;
    }
}
