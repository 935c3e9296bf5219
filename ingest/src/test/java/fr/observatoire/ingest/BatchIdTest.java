package fr.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchIdTest {

    @Test
    void idsCarryTheUtcSecondAndSortByTime() {
        Random random = new Random(7);
        Instant start = Instant.parse("2026-11-23T11:19:55.500Z");
        List<String> ids = IntStream.range(0, 5)
                .mapToObj(i -> BatchId.next(start.plusSeconds(i * 3600L * 7), random)).toList();

        assertThat(ids.get(0)).startsWith("b20261123T111955Z-").matches(BatchId.FORMAT);
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
