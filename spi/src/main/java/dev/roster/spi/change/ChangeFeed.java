package dev.roster.spi.change;

import dev.roster.spi.store.Capability;

/**
 * Tells every Roster instance on the same data what a unit of work changed, once it commits, so
 * that none keeps answering from what it cached before: PostgreSQL's {@code NOTIFY}, which is
 * delivered at commit and never for a transaction that rolls back, also when the unit joined a
 * transaction the host holds.
 *
 * <p>An optional capability ({@link #CAPABILITY}): a store that offers it returns this port in every
 * unit of work, delivers what is announced to the listeners of {@link #subscribe} in every process
 * that shares its data, and passes {@code ChangeFeedContract}.
 */
public interface ChangeFeed {
    /** The capability this port gives a store. */
    Capability<ChangeFeed> CAPABILITY = new Capability<>("change-feed", ChangeFeed.class);

    /**
     * Announces a change, to be delivered when this unit of work commits and never if it rolls back.
     *
     * @param change what changed
     */
    void announce(Change change);

    /**
     * Starts delivering every change any instance commits to {@code listener}, this instance's own
     * included, until the returned handle is closed. Store-wide: the unit of work it is called in
     * only serves to reach the port.
     *
     * @param listener the listener
     * @return closes the subscription
     */
    Subscription subscribe(ChangeListener listener);

    /**
     * Whether every subscriber, in every process that shares the data, has heard a change before
     * the call that committed it returns: true for a store only one process uses, whose feed
     * delivers synchronously at commit (the in-memory store's). Roster then trusts what it cached
     * about a session without reading the store; otherwise (the default) every validation reads the
     * session with its stamps.
     *
     * @return false unless the feed delivers everywhere before the commit returns
     */
    default boolean deliversAtCommit() {
        return false;
    }

    /** Ends a subscription. */
    interface Subscription extends AutoCloseable {
        /** Stops delivering; never throws. */
        @Override
        void close();
    }
}
