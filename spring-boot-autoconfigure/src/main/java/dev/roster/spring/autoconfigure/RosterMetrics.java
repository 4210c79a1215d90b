package dev.roster.spring.autoconfigure;

import dev.roster.core.mail.DispatchReport;
import dev.roster.core.observe.RosterObserver;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.model.TenantId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;

/**
 * Roster's counters in Micrometer: {@code roster.invitations.issued}, {@code roster.signins} (tag
 * {@code result}: success or the reason it failed), {@code roster.lockouts} and {@code roster.mail.dispatched}
 * (tag {@code outcome}: sent, retried, dead, cancelled). No tenant tag: a host with many tenants would get a
 * series per tenant. What happens before the registry is bound is not counted.
 */
public class RosterMetrics implements RosterObserver, MeterBinder {
    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry value) {
        this.registry = value;
        value.counter("roster.invitations.issued");
        value.counter("roster.lockouts");
    }

    @Override
    public void invitationsIssued(TenantId tenant, int count) {
        count("roster.invitations.issued", count);
    }

    @Override
    public void signInAttempted(TenantId tenant, SignInReason reason) {
        count("roster.signins", 1, "result", reason.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void lockedOut(TenantId tenant) {
        count("roster.lockouts", 1);
    }

    @Override
    public void mailDispatched(DispatchReport report) {
        count("roster.mail.dispatched", report.sent(), "outcome", "sent");
        count("roster.mail.dispatched", report.retried(), "outcome", "retried");
        count("roster.mail.dispatched", report.dead(), "outcome", "dead");
        count("roster.mail.dispatched", report.cancelled(), "outcome", "cancelled");
    }

    private void count(String name, int amount, String... tags) {
        MeterRegistry bound = registry;
        if (bound != null && amount > 0) {
            bound.counter(name, tags).increment(amount);
        }
    }
}
