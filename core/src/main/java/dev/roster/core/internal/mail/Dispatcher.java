package dev.roster.core.internal.mail;

import dev.roster.core.internal.Events;
import dev.roster.core.internal.Tokens;
import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.DispatchReport;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.Outbox;
import dev.roster.core.mail.OutboxWorker;
import dev.roster.spi.model.Limits;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxBacklog;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.text.TextRules;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Claims due messages under a lease (one unit of work, committed before anything is sent), writes
 * each claim from its invitations as they stand (one read), and hands them to a {@link DispatchRun},
 * which sends a run's messages over one connection and marks each. A dispatcher that dies holding
 * messages loses them only until the lease ends; the Message-ID stays the same, so a mail sent again
 * after a crash between the server's acceptance and the mark is recognisably the same message.
 */
public final class Dispatcher implements Outbox {
    private final RosterStore store;
    private final Clock clock;
    private final MailSettings settings;
    private final DeliveryPolicy policy;
    private final InvitationMail invitations;
    private final String owner;
    private final AtomicLong runs = new AtomicLong();
    private final Outage outage;
    private final Touched touched;
    private final Events events;
    private Worker worker;
    private boolean closed;

    public Dispatcher(RosterStore store, Clock clock, MailSettings settings, Sealer sealer, Tokens tokens, InvitationLinks links,
            Touched touched, InvitationLinks resetLinks, Duration resetLifetime, Events events) {
        this.touched = touched;
        this.events = events;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.policy = settings.delivery();
        this.invitations = new InvitationMail(settings, sealer, tokens, links,
                resetLinks == null ? null : new ResetMail(settings, sealer, tokens, resetLinks, resetLifetime));
        this.outage = new Outage(policy);
        this.owner = TextRules.cut(ManagementFactory.getRuntimeMXBean().getName(), Limits.LEASE_OWNER - 30) + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public DispatchReport dispatch() {
        return dispatch(() -> false);
    }

    /** A run that stops after the message in flight once {@code stop} says so (the worker closing). */
    DispatchReport dispatch(BooleanSupplier stop) {
        // Each run claims under a name of its own, so a run whose lease lapsed cannot mark what another run took over.
        if (clock.instant().isBefore(outage.quietUntil())) {
            return DispatchReport.NONE; // the server was unreachable a moment ago: claiming now would only spend attempts
        }
        String owner = this.owner + "#" + runs.incrementAndGet();
        Claim first = claim(owner);
        if (first.isEmpty()) {
            return DispatchReport.NONE;
        }
        try (DispatchRun run = new DispatchRun(store, clock, settings.transport(), policy, owner, () -> claim(owner), stop, touched, invitations)) {
            DispatchReport report = run.run(first);
            outage.after(run.serverUnreachable(), clock.instant());
            events.mailDispatched(report);
            return report;
        }
    }

    /** Claims due messages (one unit, committed before anything is sent) and writes them (one read). */
    private Claim claim(String owner) {
        Instant now = clock.instant();
        List<OutboxMessage> claimed = store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).claim(now, now.plus(policy.lease()), owner,
                policy.batch()));
        if (claimed.isEmpty()) {
            return Claim.NONE;
        }
        long writtenAt = System.nanoTime();
        return new Claim(claimed, store.read(tx -> invitations.writeAll(tx, claimed, clock.instant())),
                now.plus(policy.lease().dividedBy(2)), writtenAt);
    }

    @Override
    public synchronized OutboxWorker startWorker() {
        if (closed) {
            throw new IllegalStateException("this Roster is closed; its outbox starts no worker");
        }
        if (worker != null && worker.isRunning()) {
            throw new IllegalStateException("the outbox worker of this instance is already running");
        }
        worker = Worker.start(this, policy.pollInterval());
        return worker;
    }

    /** Stops the worker, if one runs, and starts none again; for {@code Roster.close()}. */
    public void stopWorker() {
        Worker running;
        synchronized (this) {
            closed = true;
            running = worker;
            worker = null;
        }
        if (running != null) {
            running.close();
        }
    }

    @Override
    public synchronized void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    @Override
    public OutboxBacklog backlog() {
        Instant now = clock.instant();
        return store.read(tx -> OutboxStore.CAPABILITY.in(tx).backlog(now));
    }

    @Override
    public int pruneFinished() {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            int pruned = store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).prune(now.minus(policy.sentRetention()),
                    now.minus(policy.deadRetention()), 1000));
            total += pruned;
            if (pruned < 1000) {
                return total;
            }
        }
    }
}
