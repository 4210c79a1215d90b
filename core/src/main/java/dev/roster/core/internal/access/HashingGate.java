package dev.roster.core.internal.access;

import dev.roster.core.error.BusyException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once (each Argon2id hash holds about 19 MiB): callers
 * beyond the bound queue in arrival order for at most {@code wait}, then get a typed "busy" error,
 * so a flood of sign-ins slows down instead of exhausting the heap.
 */
public final class HashingGate {
    private final Semaphore slots;
    private final Duration wait;

    /**
     * @param slots how many hashes may run at once
     * @param wait how long a caller queues before it is refused
     */
    public HashingGate(int slots, Duration wait) {
        if (slots < 1 || wait.isNegative()) {
            throw new IllegalArgumentException("at least one hashing slot and a wait of zero or more are needed");
        }
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    /** {@return one slot per processor, queueing for at most five seconds} */
    public static HashingGate perProcessor() {
        return new HashingGate(Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(5));
    }

    /**
     * Runs one hashing step in a slot.
     *
     * @param hashing the step
     * @param <T> its result
     * @return its result
     * @throws BusyException when no slot came free in time
     */
    public <T> T run(Supplier<T> hashing) {
        try {
            if (!slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new BusyException(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(wait);
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
