package dev.roster.spring.autoconfigure;

import dev.roster.core.mail.DispatchReport;
import dev.roster.core.observe.RosterObserver;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.model.TenantId;
import java.util.List;

/** Every observer bean of the application hears each event, in their order. */
final class Observers implements RosterObserver {
    private final List<RosterObserver> all;

    Observers(List<RosterObserver> all) {
        this.all = List.copyOf(all);
    }

    @Override
    public void invitationsIssued(TenantId tenant, int count) {
        all.forEach(o -> o.invitationsIssued(tenant, count));
    }

    @Override
    public void signInAttempted(TenantId tenant, SignInReason reason) {
        all.forEach(o -> o.signInAttempted(tenant, reason));
    }

    @Override
    public void lockedOut(TenantId tenant) {
        all.forEach(o -> o.lockedOut(tenant));
    }

    @Override
    public void mailDispatched(DispatchReport report) {
        all.forEach(o -> o.mailDispatched(report));
    }
}
