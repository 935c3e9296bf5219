package fr.observatoire.samples;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rows of one batch in order. Large batches are drawn on a second thread, in chunks, while the caller encodes
 * and writes: the rows and their order are the same either way, and memory stays bounded by a few chunks.
 */
abstract class RowSource implements AutoCloseable {

    /** From this many rows, rows are drawn on their own thread. */
    static final long THREADED_FROM = 50_000;
    private static final int CHUNK = 4_096;

    /** The next row, or null after the last. */
    abstract Row next();

    /** What the preparer made of the row last returned by {@link #next()}, or null. */
    Object prepared() {
        return null;
    }

    @Override
    public void close() {
    }

    static RowSource of(RowFactory factory, long rows) {
        return rows >= THREADED_FROM ? threaded(factory, rows) : direct(factory, rows);
    }

    /** As {@link #of}; on the drawing thread, each row also goes through {@code preparer}. */
    static RowSource of(RowFactory factory, long rows, java.util.function.Function<Row, Object> preparer) {
        return rows >= THREADED_FROM ? new Threaded(factory, rows, preparer) : direct(factory, rows);
    }

    static RowSource direct(RowFactory factory, long rows) {
        return new Direct(factory, rows);
    }

    static RowSource threaded(RowFactory factory, long rows) {
        return new Threaded(factory, rows, row -> null);
    }

    private static final class Direct extends RowSource {
        private final RowFactory factory;
        private final long rows;
        private long line;

        Direct(RowFactory factory, long rows) {
            this.factory = factory;
            this.rows = rows;
        }

        @Override
        Row next() {
            return line < rows ? factory.row(++line) : null;
        }
    }

    private static final class Threaded extends RowSource {
        private record Chunk(Row[] rows, Object[] prepared) {
        }

        private static final Chunk END = new Chunk(new Row[0], new Object[0]);
        private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(8);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread producer;
        private Chunk chunk = new Chunk(new Row[0], new Object[0]);
        private int index;
        private boolean ended;

        Threaded(RowFactory factory, long rows, java.util.function.Function<Row, Object> preparer) {
            producer = new Thread(() -> {
                try {
                    long line = 0;
                    while (line < rows) {
                        int size = (int) Math.min(CHUNK, rows - line);
                        Row[] next = new Row[size];
                        Object[] prepared = new Object[size];
                        for (int i = 0; i < size; i++) {
                            next[i] = factory.row(++line);
                            prepared[i] = preparer.apply(next[i]);
                        }
                        queue.put(new Chunk(next, prepared));
                    }
                    queue.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                    try {
                        queue.put(END);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "sample-rows");
            producer.setDaemon(true);
            producer.start();
        }

        @Override
        Row next() {
            while (index == chunk.rows().length) {
                if (ended) {
                    return null;
                }
                try {
                    chunk = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while drawing sample rows", e);
                }
                index = 0;
                if (chunk == END) {
                    ended = true;
                    Throwable cause = failure.get();
                    if (cause != null) {
                        throw new IllegalStateException("Drawing sample rows failed: " + cause.getMessage(), cause);
                    }
                }
            }
            return chunk.rows()[index++];
        }

        @Override
        Object prepared() {
            return chunk.prepared()[index - 1];
        }

        @Override
        public void close() {
            producer.interrupt();
            try {
                producer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
