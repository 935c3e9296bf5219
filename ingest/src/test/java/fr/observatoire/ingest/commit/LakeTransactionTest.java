package fr.observatoire.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.LakeQueries;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeTransactionTest {

    @TempDir
    Path dir;

    private static void writeParquet(Path target, String id) throws Exception {
        Files.createDirectories(target.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT '" + id + "' AS observation_id) TO " + Sql.literal(target) + " (FORMAT parquet)");
        }
    }

    @Test
    void transactionClosedWithoutCommitLeavesTheLakeAsItWas() throws Exception {
        Lake lake = new Lake(dir);
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            writeParquet(tx.newFile("observations", "batch_id=a"), "A1");
            tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
        }
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            writeParquet(tx.newFile("observations", "batch_id=b"), "B1");
            tx.drop(tx.files("observations").get(0));
        }

        assertThat(LakeQueries.rows(lake.observations(), "SELECT batch_id, observation_id FROM v"))
                .containsExactly("a|A1");
        assertThat(Snapshots.versions(lake)).containsExactly(0, 1);
    }

    @Test
    void leftoversOfAnInterruptedCommitAreRemovedAndReadersNeverSeeThem() throws Exception {
        Lake lake = new Lake(dir);
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            writeParquet(tx.newFile("observations", "batch_id=a"), "A1");
            tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
        }
        // what a process killed in the middle of the next commit leaves behind
        writeParquet(Snapshots.folder(lake, 2).resolve("observations/batch_id=b/part.parquet"), "B1");
        Files.createSymbolicLink(dir.resolve("current.tmp"), Path.of("_snapshots/v000002"));

        assertThat(LakeQueries.rows(lake.observations(), "SELECT batch_id FROM v")).containsExactly("a");
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            assertThat(tx.version()).isEqualTo(1);
        }
        assertThat(Files.exists(Snapshots.folder(lake, 2))).isFalse();
        assertThat(Files.exists(dir.resolve("current.tmp"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void plainDatasetFoldersOfAnOlderLakeBecomeTheFirstSnapshot() throws Exception {
        Lake lake = new Lake(dir);
        writeParquet(lake.observations().resolve("batch_id=old/part-0.parquet"), "O1");

        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            writeParquet(tx.newFile("observations", "batch_id=new"), "N1");
            tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
        }

        assertThat(Files.isSymbolicLink(lake.observations())).isTrue();
        assertThat(LakeQueries.rows(lake.observations(), "SELECT batch_id FROM v ORDER BY 1"))
                .containsExactly("new", "old");
    }

    @Test
    void purgeDeletesEveryOlderSnapshotAndKeepPreviousKeepsOne() throws Exception {
        Lake lake = new Lake(dir);
        for (int i = 0; i < 3; i++) {
            try (LakeTransaction tx = LakeTransaction.begin(lake)) {
                writeParquet(tx.newFile("observations", "batch_id=" + i), "X" + i);
                tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
            }
        }
        assertThat(Snapshots.versions(lake)).containsExactly(2, 3);
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            tx.drop(tx.files("observations").get(0));
            tx.commit(LakeTransaction.Retention.PURGE);
        }
        assertThat(Snapshots.versions(lake)).containsExactly(4);
        assertThat(LakeQueries.rows(lake.observations(), "SELECT batch_id FROM v ORDER BY 1"))
                .containsExactly("1", "2");
    }

    @Test
    void aPlainFolderCreatedBesideACommittedLakeIsRefused() throws Exception {
        Lake lake = new Lake(dir);
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
        }
        Files.delete(lake.history());
        Files.createDirectories(lake.history());

        assertThatThrownBy(() -> LakeTransaction.begin(lake)).isInstanceOf(ObservatoryException.class)
                .hasMessageContaining("history is a plain folder");
    }
}
