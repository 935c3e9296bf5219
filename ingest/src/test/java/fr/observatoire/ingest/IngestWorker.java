package fr.observatoire.ingest;

import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A separate ingest process for the crash and concurrency tests: {@code IngestWorker <lake> <contributor> FILE...}
 * ingests each file as its own batch and prints {@code <status> <batch> <file>} per batch.
 */
public final class IngestWorker {

    private IngestWorker() {
    }

    public static void main(String[] args) {
        Path lake = Path.of(args[0]);
        Ingest ingest = new Ingest(new CsvTestStager(), Clock.systemUTC(), Progress.none());
        for (int i = 2; i < args.length; i++) {
            IngestResult result = ingest.run(IngestRequest.of(lake, List.of(Path.of(args[i])),
                    SourceGroup.PROFESSIONNEL, args[1]));
            System.out.println(result.status().code() + " " + result.batchId() + " " + args[i]);
        }
    }

    /** Starts a worker JVM on the test class path. */
    public static Process start(Path lake, String contributor, List<Path> files, Path log) throws java.io.IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), IngestWorker.class.getName(),
                lake.toString(), contributor));
        files.forEach(f -> command.add(f.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
