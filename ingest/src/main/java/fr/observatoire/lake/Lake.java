package fr.observatoire.lake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The layout of the lake: the contract that ingest owns and every later stage reads. All datasets are Parquet.
 *
 * <pre>
 * &lt;lake&gt;/observations/batch_id=&lt;id&gt;/*.parquet   current committed observations (hive partition batch_id)
 * &lt;lake&gt;/rejects/batch_id=&lt;id&gt;/*.parquet        rejected rows with their violations
 * &lt;lake&gt;/ledger/                                   one record per batch (see {@link LedgerColumns})
 * &lt;lake&gt;/history/superseded_by=&lt;id&gt;/*.parquet  rows replaced by a later batch (see {@link HistoryColumns})
 * &lt;lake&gt;/reports/ingest/&lt;batch&gt;.json           one ingest report per batch
 * &lt;lake&gt;/_snapshots/v&lt;n&gt;/, &lt;lake&gt;/current      immutable snapshots; observations, rejects, history and
 *                                                   ledger are links to current/&lt;dataset&gt; (see docs/lake-commits.md)
 * &lt;lake&gt;/reference/&lt;table&gt;/*.parquet          reference tables (see {@link ReferenceTable})
 * &lt;lake&gt;/diagnostic, gaps, emerging, themes, quality   job outputs
 * </pre>
 */
public record Lake(Path root) {

    public Lake {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    public Path observations() { return root.resolve("observations"); }

    public Path rejects() { return root.resolve("rejects"); }

    public Path ledger() { return root.resolve("ledger"); }

    /** Rows superseded by a later batch of the same contributor: the lake keeps history, readers see the latest. */
    public Path history() { return root.resolve("history"); }

    /** Ingest reports, one JSON file per batch. */
    public Path ingestReports() { return root.resolve("reports").resolve("ingest"); }

    /** Immutable snapshot folders {@code v000042}; {@link #current()} links to one of them. */
    public Path snapshots() { return root.resolve("_snapshots"); }

    /** The symbolic link to the committed snapshot: swapping it commits a batch. */
    public Path current() { return root.resolve("current"); }

    /** The exclusive commit lock file (locked with {@code FileChannel.lock}, across processes). */
    public Path lockFile() { return root.resolve(".lock"); }

    public Path reference() { return root.resolve("reference"); }

    public Path reference(ReferenceTable table) { return reference().resolve(table.directory()); }

    /** Output folder of an analytics job, e.g. {@code diagnostic}, {@code gaps}. */
    public Path output(String job) { return root.resolve(job); }

    /** Work space for staging and temporary files: never read as data, on the same file system for atomic moves. */
    public Path work() { return root.resolve("_work"); }

    /** Glob for DuckDB's {@code read_parquet} over every file of a dataset folder. */
    public static String glob(Path dataset) {
        return dataset.resolve("**").resolve("*.parquet").toString();
    }
}
