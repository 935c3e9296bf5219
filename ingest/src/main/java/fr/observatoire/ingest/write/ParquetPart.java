package fr.observatoire.ingest.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Parquet file written straight from Java, with no Hadoop and no temporary file: flat optional columns, one
 * SNAPPY-compressed v1 data page (after a dictionary page when the column has one) per column and row group, min/max
 * and null-count statistics, and the footer. The schema's physical and converted types are those DuckDB writes for
 * the same SQL types, so readers see the same columns whichever wrote the file.
 */
final class ParquetPart implements AutoCloseable {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int SNAPPY = 1;
    private static final int DATA_PAGE = 0;
    private static final int DICTIONARY_PAGE = 2;
    private static final int OPTIONAL = 1;
    private static final int REQUIRED = 0;

    private final Path file;
    private final List<ParquetColumn> columns;
    private final OutputStream out;
    private final Snappy snappy = new Snappy();
    private final Bytes page = new Bytes(1 << 16);
    private final Bytes compressed = new Bytes(1 << 16);
    private final Bytes header = new Bytes(256);
    private final List<RowGroup> rowGroups = new ArrayList<>();
    private long offset;

    private record Chunk(ParquetColumn column, int encoding, long dictionaryOffset, long dataOffset,
                         long uncompressed, long compressed, int values, int nulls, byte[] min, byte[] max) {
    }

    private record RowGroup(List<Chunk> chunks, int rows, long offset, long uncompressed, long compressed) {
    }

    ParquetPart(Path file, List<ParquetColumn> columns) {
        this.file = file;
        this.columns = columns;
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            write(MAGIC, 0, MAGIC.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Writes the rows the columns hold as one row group, then clears the columns. */
    void writeRowGroup() {
        int rows = columns.get(0).rows();
        if (rows == 0) {
            return;
        }
        List<Chunk> chunks = new ArrayList<>(columns.size());
        long start = offset;
        long uncompressed = 0;
        long compressedTotal = 0;
        try {
            for (ParquetColumn column : columns) {
                if (column.rows() != rows) {
                    throw new IllegalStateException("Column " + column.name() + " has " + column.rows()
                            + " rows, expected " + rows);
                }
                long chunkStart = offset;
                long dictionaryOffset = -1;
                long chunkUncompressed = 0;
                page.clear();
                int entries = column.writeDictionary(page);
                if (entries >= 0) {
                    dictionaryOffset = offset;
                    chunkUncompressed += writePage(DICTIONARY_PAGE, entries, column.valueEncoding());
                }
                long dataOffset = offset;
                page.clear();
                column.writeDataPage(page);
                chunkUncompressed += writePage(DATA_PAGE, rows, column.valueEncoding());
                chunks.add(new Chunk(column, column.valueEncoding(), dictionaryOffset, dataOffset,
                        chunkUncompressed, offset - chunkStart, rows, column.nulls(), column.min(), column.max()));
                uncompressed += chunkUncompressed;
                compressedTotal += offset - chunkStart;
                column.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        rowGroups.add(new RowGroup(chunks, rows, start, uncompressed, compressedTotal));
    }

    /** Compresses {@link #page} and writes it with its header; returns its uncompressed size with the header. */
    private long writePage(int type, int values, int encoding) throws IOException {
        compressed.clear();
        snappy.compress(page.array(), 0, page.size(), compressed);
        header.clear();
        Thrift t = new Thrift(header).begin()
                .i32(1, type)
                .i32(2, page.size())
                .i32(3, compressed.size());
        if (type == DICTIONARY_PAGE) {
            t.struct(7).i32(1, values).i32(2, encoding).end();
        } else {
            t.struct(5).i32(1, values).i32(2, encoding).i32(3, ParquetColumn.RLE).i32(4, ParquetColumn.RLE).end();
        }
        t.end();
        write(header.array(), 0, header.size());
        write(compressed.array(), 0, compressed.size());
        return header.size() + (long) page.size();
    }

    private void write(byte[] bytes, int from, int length) throws IOException {
        out.write(bytes, from, length);
        offset += length;
    }

    /** Writes the footer (FileMetaData) and closes the file. */
    @Override
    public void close() {
        Bytes footer = new Bytes(4096);
        Thrift t = new Thrift(footer).begin();
        t.i32(1, 1);
        t.list(2, Thrift.STRUCT, columns.size() + 1);
        t.begin().i32(3, REQUIRED).string(4, "duckdb_schema").i32(5, columns.size()).end();
        for (ParquetColumn column : columns) {
            t.begin().i32(1, column.physicalType()).i32(3, OPTIONAL).string(4, column.name());
            column.annotate(t);
            t.end();
        }
        long rows = rowGroups.stream().mapToLong(RowGroup::rows).sum();
        t.i64(3, rows);
        t.list(4, Thrift.STRUCT, rowGroups.size());
        for (int g = 0; g < rowGroups.size(); g++) {
            RowGroup group = rowGroups.get(g);
            t.begin();
            t.list(1, Thrift.STRUCT, group.chunks().size());
            for (Chunk chunk : group.chunks()) {
                columnChunk(t, chunk);
            }
            t.i64(2, group.uncompressed()).i64(3, group.rows()).i64(5, group.offset())
                    .i64(6, group.compressed());
            t.end();
        }
        t.string(6, "observatory version 1 (parquet writer of the ingest stage)");
        t.list(7, Thrift.STRUCT, columns.size());
        for (int i = 0; i < columns.size(); i++) {
            t.begin().struct(1).end().end(); // TYPE_ORDER: min/max compare as the type defines
        }
        t.end();
        try (out) {
            write(footer.array(), 0, footer.size());
            byte[] length = new byte[4];
            for (int i = 0; i < 4; i++) {
                length[i] = (byte) (footer.size() >>> (8 * i));
            }
            write(length, 0, 4);
            write(MAGIC, 0, MAGIC.length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void columnChunk(Thrift t, Chunk chunk) {
        ParquetColumn column = chunk.column();
        t.begin();
        t.i64(2, chunk.dictionaryOffset() >= 0 ? chunk.dictionaryOffset() : chunk.dataOffset());
        t.struct(3);
        t.i32(1, column.physicalType());
        t.list(2, Thrift.I32, 2).element(chunk.encoding()).element(ParquetColumn.RLE);
        t.list(3, Thrift.BINARY, 1).element(column.name());
        t.i32(4, SNAPPY);
        t.i64(5, chunk.values());
        t.i64(6, chunk.uncompressed());
        t.i64(7, chunk.compressed());
        t.i64(9, chunk.dataOffset());
        if (chunk.dictionaryOffset() >= 0) {
            t.i64(11, chunk.dictionaryOffset());
        }
        t.struct(12);
        t.i64(3, chunk.nulls());
        if (chunk.min() != null) {
            t.binary(5, chunk.max()).binary(6, chunk.min());
        }
        t.end();
        t.end();
        t.end();
    }
}
