package dev.roster.core.internal.mail;

import dev.roster.core.mail.DeliveryPolicy;
import dev.roster.core.mail.DispatchReport;
import dev.roster.spi.mail.MailConnection;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.mail.MailTransport;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dispatch run: every claim's messages go over one connection to the mail server, opened when
 * the first is ready, and each message is marked as it ends (sent, due again after a backoff, given
 * up, or cancelled). While one claim is being sent, a second thread marks what was sent and, once the
 * server has taken a message of the claim, claims and writes the next, so the store's round trips
 * overlap the server's. When the server cannot be reached the run stops, so an outage does not spend
 * the attempts of the whole queue.
 */
final class DispatchRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchRun.class);
    /** Sent messages are marked in groups this size: a crash re-sends at most this many per claim (same Message-ID). */
    private static final int MARK_EVERY = 10;
    /** Servers quote the recipient in a refusal: the log gets none (the status keeps it until erasure). */
    /** Roster's tokens are 43 Base64url characters; nothing else in a server's reply runs this long unbroken. */
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{32,}");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+");

    private final RosterStore store;
    private final Clock clock;
    private final MailTransport transport;
    private final DeliveryPolicy policy;
    private final String owner;
    private final Supplier<Claim> claims;
    private final BooleanSupplier stop;
    private final Touched touched;
    private final InvitationMail writer;
    private final Map<OutboxMessageId, CompletableFuture<Boolean>> checked = new HashMap<>();
    private boolean stopped;
    private final ExecutorService background;
    private final List<CompletableFuture<Integer>> marks = new ArrayList<>();
    private List<OutboxMessageId> unmarked = new ArrayList<>();
    private MailConnection connection;
    private MailDeliveryException unreachable;
    private int retried;
    private int dead;
    private int cancelled;

    DispatchRun(RosterStore store, Clock clock, MailTransport transport, DeliveryPolicy policy, String owner, Supplier<Claim> claims,
            BooleanSupplier stop, Touched touched, InvitationMail writer) {
        this.writer = writer;
        this.touched = touched;
        this.store = store;
        this.clock = clock;
        this.transport = transport;
        this.policy = policy;
        this.owner = owner;
        this.claims = claims;
        this.stop = stop;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "roster-outbox-store");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@return whether the mail server could not be reached, which ended the run} */
    boolean serverUnreachable() {
        return unreachable != null;
    }

    /** Sends claim after claim until none is due or the server cannot be reached. */
    DispatchReport run(Claim first) {
        Claim claim = first;
        while (!claim.isEmpty()) {
            CompletableFuture<Claim> following = handle(claim);
            if (unreachable != null) {
                release(join(following).messages()); // fetched ahead, never tried: no attempt spent
                break;
            }
            if (stopped) {
                release(join(following).messages());
                break;
            }
            claim = join(following);
        }
        return new DispatchReport(settleMarks(), retried, dead, cancelled);
    }

    /**
     * Sends or settles every message of one claim, in the claim's order, while its lease leaves time;
     * returns the next claim, fetched near the end of this one (so its lease is not spent waiting).
     */
    private CompletableFuture<Claim> handle(Claim claim) {
        CompletableFuture<Claim> following = null;
        boolean reached = false;
        List<OutboxMessage> messages = claim.messages();
        checkAhead(claim, 0);
        for (int i = 0; i < messages.size(); i++) {
            OutboxMessage message = messages.get(i);
            if (stop.getAsBoolean() || !clock.instant().isBefore(claim.sendBefore())) {
                stopped = stop.getAsBoolean();
                release(messages.subList(i, messages.size()));
                if (following != null && !stopped) {
                    // The claim fetched ahead may have run before the release and found nothing: claim again then.
                    following = following.thenApplyAsync(next -> next.isEmpty() ? claims.get() : next, background);
                }
                break;
            }
            Written w = claim.written().get(message.id());
            if (w instanceof Written.Mail mail && stillCurrent(claim, message, mail)) {
                checkAhead(claim, i + 1);
                reached |= send(message, mail.mail());
            } else if (w instanceof Written.Unwritable unwritable) {
                giveUp(message, unwritable.reason());
            } else if (w instanceof Written.Passing passing) {
                failed(message, new MailDeliveryException(passing.reason(), false, null));
            } else {
                // Only this message: a resend's own new message about the same invitation must still go.
                Instant now = clock.instant();
                store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).cancelHeld(message.id(), owner, now));
                cancelled++;
            }
            if (reached && following == null && messages.size() - i <= MARK_EVERY) {
                following = CompletableFuture.supplyAsync(claims, background);
            }
        }
        markLater();
        if (following != null) {
            return following;
        }
        // Nothing of this claim reached the server: claim on only while it could be reached.
        return CompletableFuture.completedFuture(unreachable == null && !stopped ? claims.get() : Claim.NONE);
    }

    /**
     * Whether a written message is still current as its send starts: its invitation not answered,
     * revoked or resent since the claim was written. The store thread checked it while the previous
     * message was on the wire; an invitation this instance changed since the claim was written is
     * checked again now, so a change made here is never missed. A store failure ends the run.
     */
    private boolean stillCurrent(Claim claim, OutboxMessage message, Written.Mail mail) {
        CompletableFuture<Boolean> ahead = checked.remove(message.id());
        if (ahead == null) {
            return writer.stillCurrent(store, message, mail.tokenHash(), clock.instant());
        }
        if (touched.since(message.subject(), claim.writtenAtNanos())) {
            // The check ahead may still be arming this message's link: two units arming one link at once collide in the store.
            ahead.exceptionally(e -> false).join();
            return writer.stillCurrent(store, message, mail.tokenHash(), clock.instant());
        }
        return join(ahead);
    }

    /** Starts, on the store thread, the check of the claim's next message to send. */
    private void checkAhead(Claim claim, int index) {
        for (int i = index; i < claim.messages().size(); i++) {
            OutboxMessage next = claim.messages().get(i);
            if (claim.written().get(next.id()) instanceof Written.Mail mail) {
                checked.put(next.id(), CompletableFuture.supplyAsync(() -> writer.stillCurrent(store, next, mail.tokenHash(),
                        clock.instant()), background));
                return;
            }
        }
    }

    /** Gives messages back untried (the lease ran short, the run stops, or the server went away): due again at once, no attempt spent. */
    private void release(List<OutboxMessage> rest) {
        Instant now = clock.instant();
        rest.forEach(m -> store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).giveBack(m.id(), owner, now)));
    }

    /** {@return whether the server took the message} */
    private boolean send(OutboxMessage message, OutgoingMail mail) {
        if (connection == null && unreachable == null) {
            try {
                connection = transport.open();
            } catch (MailDeliveryException e) {
                unreachable = e;
            } catch (RuntimeException e) {
                unreachable = new MailDeliveryException("the transport failed to connect: " + e, false, e);
            }
        }
        if (unreachable != null) {
            failed(message, unreachable);
            return false;
        }
        try {
            connection.send(mail);
            unmarked.add(message.id());
            if (unmarked.size() == MARK_EVERY) {
                markLater();
            }
            return true;
        } catch (MailDeliveryException e) {
            failed(message, e);
            if (!e.isPermanent()) {
                // A passing failure may have broken the connection: the next message opens a new one.
                connection.close();
                connection = null;
            }
            return false;
        } catch (RuntimeException e) {
            // A host's transport that throws something else: a passing failure, so the message is retried, then given up.
            failed(message, new MailDeliveryException("the transport failed: " + e, false, e));
            connection.close();
            connection = null;
            return false;
        }
    }

    private void failed(OutboxMessage message, MailDeliveryException e) {
        if (e.isPermanent() || message.attempts() >= policy.maxAttempts()) {
            giveUp(message, e.getMessage());
            return;
        }
        Instant next = clock.instant().plus(Backoff.after(message.attempts(), policy));
        String error = reason(e.getMessage());
        store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).retryLater(message.id(), owner, next, error));
        retried++;
    }

    private void giveUp(OutboxMessage message, String why) {
        Instant now = clock.instant();
        String error = reason(why);
        LOG.warn("mail {} of kind {} in tenant {} was given up: {}", message.id(), message.kind(), message.tenantId(),
                ADDRESS.matcher(error).replaceAll("(address)"));
        store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).markDead(message.id(), owner, now, error));
        dead++;
    }

    /** Hands the sent messages not yet marked to the store thread, in order. */
    private void markLater() {
        if (unmarked.isEmpty()) {
            return;
        }
        List<OutboxMessageId> marking = List.copyOf(unmarked);
        unmarked = new ArrayList<>();
        marks.add(CompletableFuture.supplyAsync(() -> {
            Instant now = clock.instant();
            store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).markSent(marking, owner, now));
            return marking.size();
        }, background));
    }

    /** Waits for every mark; a mark that failed fails the run (its messages are sent again after the lease). */
    private int settleMarks() {
        int sent = 0;
        try {
            for (CompletableFuture<Integer> mark : marks) {
                sent += join(mark);
            }
        } finally {
            marks.clear();
        }
        return sent;
    }

    /** The store thread's result, or the exception it threw as if thrown here. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * One line, short enough for the column, from a transport's message. A server may quote the
     * mail's link in a refusal: any run that could be a token is blotted out before it is kept or logged.
     */
    private static String reason(String why) {
        String unsecret = TOKEN_LIKE.matcher(why == null ? "unknown" : why).replaceAll("(redacted)");
        String line = TextRules.cut(TextRules.normalize(TextRules.oneLine(unsecret), TextKind.LINE), Limits.DELIVERY_ERROR);
        return TextRules.problem(line, TextKind.LINE, Limits.DELIVERY_ERROR) == null ? line : line.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /** Marks what was sent even when the run ends by an exception, then closes the connection and the store thread. */
    @Override
    public void close() {
        try {
            markLater();
            background.shutdown();
            background.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
