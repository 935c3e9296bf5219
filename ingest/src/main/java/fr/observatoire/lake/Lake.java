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
