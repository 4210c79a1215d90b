package dev.roster.core.internal.importing;

import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a sheet on a thread of its own, a few thousand rows ahead, while the import checks the
 * rows already read: reading and checking each take a core. Only that thread touches the source
 * until {@link #close()}, which stops it and waits for it, so the caller may close the source then.
 * A failure of the source is thrown from {@link #next()} in its turn.
 */
final class ReadAhead implements SheetSource {
    private static final int CHUNK = 512;
    private static final Chunk END = new Chunk(List.of(), null);

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean stopping;
    private Iterator<SheetRow> current = List.<SheetRow>of().iterator();
    private boolean ended;

    /** A chunk of rows, or the failure that ended the reading. */
    private record Chunk(List<SheetRow> rows, Throwable failure) {
    }

    ReadAhead(SheetSource source) {
        thread = new Thread(() -> readAll(source), "roster-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(SheetSource source) {
        List<SheetRow> rows = new ArrayList<>(CHUNK);
        try {
            for (SheetRow row; !stopping && (row = source.next()) != null; ) {
                rows.add(row);
                if (rows.size() == CHUNK) {
                    hand(new Chunk(rows, null));
                    rows = new ArrayList<>(CHUNK);
                }
            }
            hand(new Chunk(rows, null));
            hand(END);
        } catch (RuntimeException | Error e) {
            hand(new Chunk(rows, null)); // the rows read before the failure come first, as they would without a second thread
            hand(new Chunk(List.of(), e));
        }
    }

    /** Waits for room, unless the reading was stopped. */
    private void hand(Chunk chunk) {
        try {
            while (!stopping && !queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                // the checking side is behind: wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public SheetRow next() {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Chunk chunk;
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the sheet", e);
            }
            if (chunk.failure() instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            }
            if (chunk.failure() instanceof Error failure) {
                ended = true;
                throw failure;
            }
            if (chunk == END) {
                ended = true;
                return null;
            }
            current = chunk.rows().iterator();
        }
        return current.next();
    }

    /** Stops the reading thread and waits for it to let go of the source. */
    @Override
    public void close() {
        stopping = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
