package fr.observatoire.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Batch ids that sort by time: {@code b20261123T111955Z-3fa9c1} (UTC second, then 6 random hex digits). */
final class BatchId {

    static final Pattern FORMAT = Pattern.compile("b\\d{8}T\\d{6}Z-[0-9a-f]{6}");

    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private BatchId() {
    }

    static String next(Instant at, RandomGenerator random) {
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        return "b" + SECOND.format(at) + "-" + HexFormat.of().formatHex(suffix);
    }
}
