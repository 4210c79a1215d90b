package dev.roster.spi.store;

import java.util.Set;
import java.util.function.Function;

/**
 * The storage port: a transaction boundary around the narrow stores of {@link StoreTransaction}.
 *
 * <p>Implementations must: apply all changes made inside {@code work} or none of them (also when
 * {@code work} throws, in which case the exception is rethrown unchanged); make a call on a thread
 * that is already inside a unit of work join that unit; serialize units that touch the same tenant's
 * admins or seats (see {@link TenantStore#lock}); and throw only {@link dev.roster.spi.error.RosterException}s.
 * Instants handed to a store have at most microsecond precision, and must come back unchanged.
 */
public interface RosterStore {

    /**
     * Runs {@code work} in one unit of work, as the interface describes.
     *
     * @param <T> what the work returns
     * @param work the work
     * @return what the work returned
     */
    <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work);

    /**
     * The optional capabilities this store offers in every unit of work (see {@link Capability}).
     *
     * @return the capabilities; the default is none
     */
    default Set<Capability<?>> capabilities() {
        return Set.of();
    }

    /**
     * A unit that only reads. Stores may run it with weaker locking; the default is a normal unit.
     *
     * @param <T> what the work returns
     * @param work the work
     * @return what the work returned
     */
    default <T> T read(Function<? super StoreTransaction, ? extends T> work) {
        return inTransaction(work);
    }
}
