package fr.observatoire.analytics.engine;

import fr.observatoire.error.InvalidInputException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A Parquet dataset to register as a view: every {@code *.parquet} file under {@code folder} (recursively, hive
 * partition folders such as {@code batch_id=B1} giving their column), read with the explicit {@code schema}.
 *
 * @param view     name of the view the job's SQL reads
 * @param folder   dataset folder, e.g. {@code lake.observations()}
 * @param schema   columns to read, each cast to its type; extra columns in the files are ignored
 * @param required when false, a missing folder or a folder without Parquet files registers an empty view; when
 *                 true it is an {@link fr.observatoire.error.InvalidInputException} naming the folder
 */
public record ParquetSource(String view, Path folder, TableSchema schema, boolean required) {

    public ParquetSource {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(schema, "schema");
        folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Checks the columns found in the files against the schema (a precondition before any job runs).
     *
     * @throws InvalidInputException naming the folder, the first missing column and the columns found
     */
    public void requireColumns(Collection<String> found) {
        List<String> missing = schema.missingFrom(found);
        if (!missing.isEmpty()) {
            throw InvalidInputException.at(folder.toString(), 0, missing.get(0), null,
                    "required column missing from the Parquet files of view " + view
                            + (missing.size() > 1 ? " (also missing: " + missing.subList(1, missing.size()) + ")" : "")
                            + "; columns found: " + found);
        }
    }

    /** The error for a required dataset without any Parquet file. */
    public InvalidInputException noFiles() {
        return InvalidInputException.at(folder.toString(), 0, null, null,
                "no Parquet file found for required input " + view);
    }
}
