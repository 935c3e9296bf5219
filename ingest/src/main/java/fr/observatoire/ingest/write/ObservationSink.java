package fr.observatoire.ingest.write;

import fr.observatoire.lake.ObservationColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes valid observations to a folder of Parquet part files whose columns are exactly
 * {@link ObservationColumns#FILE_COLUMNS}, in that order and with those types (as DuckDB describes them).
 *
 * <p>Blocks of rows, encoded by the threads that validated them, are appended to the row group's columns and written
 * by {@link ParquetPart} as a row group every {@link #ROW_GROUP_ROWS} rows, and to a new {@code part-NNNNN.parquet}
 * every {@code rowsPerPart} rows: memory stays flat (one row group), and no temporary file or second parse is
 * needed. Not thread-safe: one writer thread.
 */
public final class ObservationSink implements AutoCloseable {

    /** Rows per part file. */
    public static final long DEFAULT_ROWS_PER_PART = 500_000;

    /** Rows per row group, as DuckDB's COPY writes them by default. */
    static final int ROW_GROUP_ROWS = 122_880;

    private final Path folder;
    private final long rowsPerPart;
    private final List<ParquetColumn> columns = ObservationBlock.newColumns();
    private ParquetPart part;
    private long rowsInPart;
    private int rowsInGroup;
    private long rows;
    private int parts;

    public ObservationSink(Path folder) {
        this(folder, DEFAULT_ROWS_PER_PART);
    }

    public ObservationSink(Path folder, long rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
        if (columns.size() != ObservationColumns.FILE_COLUMNS.size()) {
            throw new IllegalStateException("ObservationSink writes " + columns.size() + " columns, the contract has "
                    + ObservationColumns.FILE_COLUMNS.size());
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** Appends a block's rows, cutting it where a row group or a part file ends. */
    public void write(ObservationBlock block) {
        List<ColumnBlock> blocks = block.columns();
        int from = 0;
        while (from < block.rows()) {
            if (part == null) {
                part = new ParquetPart(folder.resolve(String.format("part-%05d.parquet", parts)), columns);
            }
            int to = (int) Math.min(block.rows(), from + Math.min(ROW_GROUP_ROWS - rowsInGroup,
                    rowsPerPart - rowsInPart));
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).append(blocks.get(i), from, to);
            }
            int n = to - from;
            rows += n;
            rowsInPart += n;
            rowsInGroup += n;
            if (rowsInGroup == ROW_GROUP_ROWS || rowsInPart == rowsPerPart) {
                part.writeRowGroup();
                rowsInGroup = 0;
            }
            if (rowsInPart == rowsPerPart) {
                closePart();
            }
            from = to;
        }
    }

    private void closePart() {
        part.close();
        part = null;
        parts++;
        rowsInPart = 0;
    }

    public long rows() {
        return rows;
    }

    /** Writes the last row group and part; a folder with no row gets one empty part, so readers see the schema. */
    @Override
    public void close() {
        if (part == null && parts == 0) {
            part = new ParquetPart(folder.resolve(String.format("part-%05d.parquet", parts)), columns);
        }
        if (part != null) {
            part.writeRowGroup();
            closePart();
        }
    }

}
