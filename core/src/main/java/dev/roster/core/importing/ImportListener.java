package dev.roster.core.importing;

/**
 * Follows an import: its progress at least every 1,000 rows read and after each batch, and each
 * row's outcome. It can cancel an import between batches; what was invited stays invited.
 */
public interface ImportListener {
    /** Follows nothing and never cancels. */
    ImportListener NONE = new ImportListener() {
    };

    /**
     * Called at least every 1,000 rows read, after each batch, and once at the end.
     *
     * @param progress the counts so far
     */
    default void progress(ImportProgress progress) {
    }

    /**
     * Called once per data row, when its outcome is final, in no particular order.
     *
     * @param outcome the row's outcome
     */
    default void row(RowOutcome outcome) {
    }

    /**
     * Asked before each batch; the rows not yet looked at are reported {@link RowStatus#NOT_PROCESSED}.
     *
     * @return true to stop there
     */
    default boolean cancelRequested() {
        return false;
    }
}
