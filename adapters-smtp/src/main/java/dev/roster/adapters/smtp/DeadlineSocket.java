package dev.roster.adapters.smtp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A socket whose reads share one deadline: the read timeout bounds each wait for a byte, so a
 * server that trickles its reply a line at a time could otherwise hold a connection or a send for
 * ever. Each read waits at most until the deadline, then fails as a timeout.
 */
final class DeadlineSocket extends Socket {
    private final LongSupplier ticker;
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private volatile InputStream in;

    /** @param ticker the time deadlines are measured in, nanoseconds ({@code System::nanoTime} but in tests) */
    DeadlineSocket(LongSupplier ticker) {
        this.ticker = ticker;
    }

    /** The operation in hand must be over within {@code budget} from now. */
    void deadlineIn(java.time.Duration budget) {
        deadline(ticker.getAsLong() + budget.toNanos());
    }

    /** Sets when the operation in hand must be over; {@link Long#MAX_VALUE} for none, which restores the plain read timeout. */
    void deadline(long nanos) {
        this.deadlineNanos = nanos;
        if (nanos == Long.MAX_VALUE && in instanceof Bounded bounded) {
            try {
                setSoTimeout(bounded.readTimeout);
            } catch (java.net.SocketException closed) {
                // closed meanwhile: nothing more is read from it
            }
        }
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new Bounded(super.getInputStream());
        }
        return in;
    }

    /** Waits at most the shorter of the read timeout and the time left before the deadline. */
    private final class Bounded extends FilterInputStream {
        private final int readTimeout;

        Bounded(InputStream raw) throws IOException {
            super(raw);
            this.readTimeout = getSoTimeout();
        }

        private void bound() throws IOException {
            long deadline = deadlineNanos;
            if (deadline == Long.MAX_VALUE) {
                return;
            }
            long leftMillis = (deadline - ticker.getAsLong()) / 1_000_000;
            if (leftMillis <= 0) {
                throw new SocketTimeoutException("the mail server did not finish in time");
            }
            setSoTimeout((int) Math.min(readTimeout > 0 ? readTimeout : Integer.MAX_VALUE, Math.max(1, leftMillis)));
        }

        @Override
        public int read() throws IOException {
            bound();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            bound();
            return super.read(b, off, len);
        }
    }
}
