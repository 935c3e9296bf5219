package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import fr.observatoire.ingest.CsvTestStager;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ingest, ledger and forget commands end to end through {@code CommandLine.execute}. */
class IngestCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int ingest(String... args) {
        return run(new IngestCommand(lake -> new CsvTestStager(), Clock.systemUTC()), args);
    }

    private Path csv(String name, int rows, int rejected, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("observation_id;commune;description;erreur\n");
            for (int i = 0; i < rows; i++) {
                boolean reject = i >= rows - rejected;
                w.write("O-" + i + ";" + (reject ? "99999;" : "59350;") + text + " " + i + ";"
                        + (reject ? "unknown_commune" : "") + "\n");
            }
        }
        return file;
    }

    @Test
    void ingestCommitsPrintsTheSummaryAndTheSameFileAgainIsADuplicate() throws IOException {
        Path file = csv("tilleuls.csv", 40, 1, "texte");
        String lake = dir.resolve("lake").toString();

        int first = ingest("--lake", lake, "--source-group", "professionnel", "--contributor", "Tilleuls",
                file.toString());
        String firstOut = out.toString();
        int second = ingest("--lake", lake, "--source-group", "professionnel", "--contributor", "Tilleuls",
                file.toString());

        assertThat(first).isZero();
        assertThat(firstOut).contains(": COMMITTED", "rows read 40, accepted 39, rejected 1",
                "unknown_commune=1", "tilleuls.csv line 41: Cannot use commune '99999'", "report: ");
        assertThat(second).isZero();
        assertThat(out.toString().substring(firstOut.length())).contains(": DUPLICATE", "duplicate of batch b");
    }

    @Test
    void batchOverTheRejectThresholdExitsWithThree() throws IOException {
        Path file = csv("bad.csv", 10, 3, "texte");

        int code = ingest("--lake", dir.resolve("lake").toString(), "--source-group", "usager",
                "--max-reject-ratio", "0.2", file.toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains(": REJECTED", "30.0%", "threshold 20.0%", "rejects: ");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path file = csv("t.csv", 3, 0, "texte");

        assertThat(ingest("--lake", dir.resolve("lake").toString(), file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing --source-group");
        assertThat(ingest("--source-group", "inconnu", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown --source-group 'inconnu'");
        assertThat(ingest("--source-group", "usager", "--format", "ods", file.toString())).isEqualTo(2);
        assertThat(ingest("--source-group", "usager", "--encoding", "klingon-8", file.toString())).isEqualTo(2);
        assertThat(ingest("--source-group", "usager")).isEqualTo(2);
    }

    @Test
    void fileDifferingFromItsManifestIsRefusedWithTwo() throws IOException {
        Path file = csv("envoi.csv", 3, 0, "texte");
        Path manifest = dir.resolve("in").resolve("manifest.yaml");
        Files.writeString(manifest, "source_group: habitant\nfiles:\n  - name: envoi.csv\n    sha256: "
                + "ab".repeat(32) + "\n");

        int code = ingest("--lake", dir.resolve("lake").toString(), "--manifest", manifest.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Refused: envoi.csv: sha256 is ", "expects " + "ab".repeat(32));
    }

    @Test
    void ledgerListsTheBatchesAndForgetErasesAContributor() throws IOException {
        String lake = dir.resolve("lake").toString();
        ingest("--lake", lake, "--source-group", "professionnel", "--contributor", "Tilleuls",
                csv("a.csv", 5, 0, "Quartzobrac").toString());
        ingest("--lake", lake, "--source-group", "usager", "--contributor", "Glycines",
                csv("b.csv", 4, 0, "autre").toString());

        int forget = run(new ForgetCommand(Clock.systemUTC()), "--lake", lake, "--contributor", "Tilleuls");
        assertThat(forget).isZero();
        assertThat(out.toString()).contains("Erased 5 rows (observations 5, rejects 0, history 0) from 1 files");

        int ledger = run(new LedgerCommand(), "--lake", lake);
        assertThat(ledger).isZero();
        String listing = out.toString().substring(out.toString().indexOf("batch "));
        assertThat(listing.lines().filter(l -> l.startsWith("b2")))
                .hasSize(2).allMatch(l -> l.contains("committed"));
        assertThat(listing).contains("erasure", "a.csv", "b.csv", "3 entries");
        assertThat(run(new ForgetCommand(Clock.systemUTC()), "--lake", lake)).isEqualTo(2);
        assertThat(run(new ForgetCommand(Clock.systemUTC()), "--lake", lake, "--observation", "x",
                "--contributor", "y")).isEqualTo(2);
    }
}
