package dev.roster.spi.change;

/**
 * Hears the changes every instance commits (see {@link ChangeFeed}). Called on a thread of the
 * store's; implementations return quickly and do not throw.
 */
public interface ChangeListener {
    /**
     * A committed change.
     *
     * @param change what changed
     */
    void changed(Change change);

    /**
     * Changes may have been missed (the connection that carries them was lost and is back): forget
     * everything derived from stored data.
     */
    void missed();
}
