package dev.roster.core.internal;

import dev.roster.core.mail.DispatchReport;
import dev.roster.core.observe.RosterObserver;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.model.TenantId;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the host's observer what was done, once it is committed (after the host's transaction when
 * Roster's unit joined one); an observer that fails is logged and never fails Roster's call.
 */
public final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);
    private final RosterObserver observer;
    private final Executor afterHostCommit;

    public Events(RosterObserver observer, Executor afterHostCommit) {
        this.observer = observer;
        this.afterHostCommit = afterHostCommit;
    }

    public void invitationsIssued(TenantId tenant, int count) {
        if (count > 0) {
            tell(o -> o.invitationsIssued(tenant, count));
        }
    }

    public void signInAttempted(TenantId tenant, SignInReason reason, boolean lockedOut) {
        tell(o -> {
            o.signInAttempted(tenant, reason);
            if (lockedOut) {
                o.lockedOut(tenant);
            }
        });
    }

    public void mailDispatched(DispatchReport report) {
        if (report.handled() > 0) {
            tell(o -> o.mailDispatched(report));
        }
    }

    private void tell(Consumer<RosterObserver> call) {
        if (observer == RosterObserver.NONE) {
            return;
        }
        afterHostCommit.execute(() -> {
            try {
                call.accept(observer);
            } catch (RuntimeException e) {
                LOG.warn("the host's RosterObserver failed; Roster's work stands", e);
            }
        });
    }
}
