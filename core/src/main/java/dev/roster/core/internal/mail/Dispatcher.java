package dev.roster.core.internal.mail;

import dev.roster.core.internal.Tokens;
import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.DispatchReport;
import dev.roster.core.mail.MailSettings;
import dev.roster.core.mail.Outbox;
import dev.roster.core.mail.OutboxWorker;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due messages under a lease (one unit of work, committed before anything is sent), writes
 * each from its invitation as it stands, sends the claim's messages over one connection, and marks
 * them: sent, due again after a backoff, or given up. A dispatcher that dies holding messages loses
 * them only until the lease ends; the Message-ID stays the same, so a mail sent again after a crash
 * between the server's acceptance and the mark is recognisably the same message.
 */
public final class Dispatcher implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** Sent messages are marked in groups this size: a crash re-sends at most this many (same Message-ID). */
    private static final int MARK_EVERY = 10;

    private final RosterStore store;
    private final Clock clock;
    private final MailSettings settings;
    private final DeliveryPolicy policy;
    private final InvitationMail invitations;
    private final String owner;
    private Worker worker;

    public Dispatcher(RosterStore store, Clock clock, MailSettings settings, Sealer sealer, Tokens tokens, InvitationLinks links) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.policy = settings.delivery();
        this.invitations = new InvitationMail(settings, sealer, tokens, links);
        this.owner = TextRules.cut(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8),
                Limits.LEASE_OWNER);
    }

    @Override
    public DispatchReport dispatch() {
        DispatchReport total = DispatchReport.NONE;
        while (true) {
            Instant now = clock.instant();
            List<OutboxMessage> claimed = store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).claim(now, now.plus(policy.lease()), owner,
                    policy.batch()));
            if (claimed.isEmpty()) {
                return total;
            }
            total = total.plus(send(claimed));
        }
    }

    private DispatchReport send(List<OutboxMessage> claimed) {
        int cancelled = 0;
        int dead = 0;
        List<Ready> ready = new ArrayList<>();
        for (OutboxMessage message : claimed) {
            try {
                Optional<OutgoingMail> mail = write(message);
                if (mail.isPresent()) {
                    ready.add(new Ready(message, mail.get()));
                } else {
                    Instant now = clock.instant();
                    store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).cancel(message.tenantId(), message.subject(), now));
                    cancelled++;
                }
            } catch (RuntimeException e) {
                // A template, a key or a setting that cannot write it: trying again will not help.
                giveUp(message, "cannot be written: " + e.getMessage());
                dead++;
            }
        }
        Outcome outcome = deliver(ready);
        return new DispatchReport(outcome.sent, outcome.retried, dead + outcome.dead, cancelled);
    }

    private Optional<OutgoingMail> write(OutboxMessage message) {
        if (!InvitationMail.writes(message.kind())) {
            throw new IllegalStateException("no message of kind " + message.kind() + " is written by this version");
        }
        Instant now = clock.instant();
        return store.read(tx -> invitations.write(tx, message, now));
    }

    private Outcome deliver(List<Ready> ready) {
        Outcome outcome = new Outcome();
        if (ready.isEmpty()) {
            return outcome;
        }
        MailConnection connection;
        try {
            connection = settings.transport().open();
        } catch (MailDeliveryException e) {
            ready.forEach(r -> outcome.failed(r.message, e));
            return outcome;
        }
        List<OutboxMessageId> sent = new ArrayList<>();
        try (connection) {
            for (Ready r : ready) {
                try {
                    connection.send(r.mail);
                    sent.add(r.message.id());
                    if (sent.size() == MARK_EVERY) {
                        outcome.sent += markSent(sent);
                    }
                } catch (MailDeliveryException e) {
                    outcome.failed(r.message, e);
                }
            }
        } finally {
            outcome.sent += markSent(sent);
        }
        return outcome;
    }

    private int markSent(List<OutboxMessageId> sent) {
        if (sent.isEmpty()) {
            return 0;
        }
        List<OutboxMessageId> marking = List.copyOf(sent);
        sent.clear();
        Instant now = clock.instant();
        store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).markSent(marking, owner, now));
        return marking.size();
    }

    private void giveUp(OutboxMessage message, String why) {
        Instant now = clock.instant();
        String error = reason(why);
        LOG.warn("mail {} of kind {} in tenant {} was given up: {}", message.id(), message.kind(), message.tenantId(), error);
        store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).markDead(message.id(), owner, now, error));
    }

    /** One line, short enough for the column, from a transport's message (which never holds the mail's body). */
    private static String reason(String why) {
        String line = TextRules.cut(TextRules.normalize(TextRules.oneLine(why == null ? "unknown" : why), TextKind.LINE),
                Limits.DELIVERY_ERROR);
        return TextRules.problem(line, TextKind.LINE, Limits.DELIVERY_ERROR) == null ? line : line.replaceAll("[^\\x20-\\x7E]", "?");
    }

    @Override
    public synchronized OutboxWorker startWorker() {
        if (worker != null && worker.isRunning()) {
            throw new IllegalStateException("the outbox worker of this instance is already running");
        }
        worker = Worker.start(this, policy.pollInterval());
        return worker;
    }

    /** Stops the worker, if one runs; for {@code Roster.close()}. */
    public void stopWorker() {
        Worker running;
        synchronized (this) {
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

    private record Ready(OutboxMessage message, OutgoingMail mail) {
    }

    /** What sending one claim came to; failures are marked as they happen. */
    private final class Outcome {
        int sent;
        int retried;
        int dead;

        void failed(OutboxMessage message, MailDeliveryException e) {
            if (e.isPermanent() || message.attempts() >= policy.maxAttempts()) {
                giveUp(message, e.getMessage());
                dead++;
                return;
            }
            Instant now = clock.instant();
            Instant next = now.plus(Backoff.after(message.attempts(), policy));
            String error = reason(e.getMessage());
            store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).retryLater(message.id(), owner, next, error));
            retried++;
        }
    }
}
