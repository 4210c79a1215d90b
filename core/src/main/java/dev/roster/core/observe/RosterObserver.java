package dev.roster.core.observe;

import dev.roster.core.mail.DispatchReport;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.model.TenantId;

/**
 * Hears what Roster did, for a host's metrics: each call comes after the unit of work that did it has
 * committed (after the host's transaction, when Roster's unit joined one: see
 * {@code RosterBuilder.afterHostCommit}), on the thread that did it. An observer must be quick and must
 * not call Roster back; what it throws is logged and otherwise ignored. Every method does nothing unless
 * overridden, so an observer implements only what it counts.
 */
public interface RosterObserver {
    /** Hears nothing. */
    RosterObserver NONE = new RosterObserver() {
    };

    /**
     * Invitations were created or sent again, one by one, in a batch or from a spreadsheet.
     *
     * @param tenant the tenant
     * @param count how many
     */
    default void invitationsIssued(TenantId tenant, int count) {
    }

    /**
     * A sign-in attempt was recorded.
     *
     * @param tenant the tenant
     * @param reason how it ended: {@link SignInReason#SUCCESS}, or why not
     */
    default void signInAttempted(TenantId tenant, SignInReason reason) {
    }

    /**
     * A wrong password locked an account.
     *
     * @param tenant the tenant
     */
    default void lockedOut(TenantId tenant) {
    }

    /**
     * A dispatch run of this instance's outbox finished having handled mail.
     *
     * @param report what it sent, put off, gave up and cancelled
     */
    default void mailDispatched(DispatchReport report) {
    }
}
