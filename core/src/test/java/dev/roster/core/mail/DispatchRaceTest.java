package dev.roster.core.mail;

import static dev.roster.core.mail.DispatchSupport.ACME;
import static dev.roster.core.mail.DispatchSupport.bootstrap;
import static dev.roster.core.mail.DispatchSupport.memory;
import static dev.roster.core.mail.DispatchSupport.roster;
import static dev.roster.core.mail.DispatchSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.adapters.inmemory.RecordingMailTransport.Behaviour;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;





import dev.roster.core.mail.DispatchSupport.ScriptedTransport;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.ForwardingStore;
import dev.roster.core.support.TestClock;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.roster.spi.mail.MailDeliveryException;
import dev.roster.spi.outbox.OutboxStore;
import java.time.Instant;
import dev.roster.core.mail.TenantMail;
import org.junit.jupiter.api.Test;

/** Races and failures around a dispatch run (found by the red team): nothing sent twice, lost, stuck, or leaking a token. */
class DispatchRaceTest {
    private final TestClock clock = new TestClock(Fixture.START);

    private static Map<String, Long> duplicates(List<OutgoingMail> sent) {
        return sent.stream().collect(Collectors.groupingBy(OutgoingMail::messageId, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * A server that takes 3 s per message (well inside the SMTP adapter's timeouts) and the default
     * policy: one dispatch() run, no crash, no second dispatcher, sends every invitation once.
     */
    @Test
    void aSlowServerNeverMakesOneRunSendAMessageTwice() {
        ScriptedTransport slow = new ScriptedTransport(m -> clock.advance(Duration.ofSeconds(3))); // 3 s of server time per message
        Roster roster = roster(memory(), clock, slow, DeliveryPolicy.defaults());
        Actor admin = bootstrap(roster, ACME);
        for (int i = 0; i < 60; i++) {
            roster.invitations().invite(admin, InviteCommand.of("p" + i + "@acme.example", null));
        }

        var report = roster.outbox().dispatch();
        assertThat(duplicates(slow.sent())).as("Message-IDs handed to the server more than once").isEmpty();
        assertThat(slow.sent()).hasSize(60);
    }
    /**
     * F1b. Dispatcher A is stuck on the first message of its claim past the lease; dispatcher B (another
     * instance) takes the rest of the claim over and sends it; then A carries on and sends the same
     * messages again. A never checks that it still holds a message before sending it.
     */
    @Test
    void aDispatcherWhoseLeaseRanOutSendsNothingAnotherTookOver() throws Exception {
        InMemoryRosterStore store = memory();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        ScriptedTransport stuck = new ScriptedTransport(m -> {
            if (first.getAndSet(false)) {
                entered.countDown();
                await(release);
            }
        });
        Roster a = roster(store, clock, stuck, DeliveryPolicy.defaults());
        ScriptedTransport other = new ScriptedTransport(m -> { });
        Roster b = roster(store, clock, other, DeliveryPolicy.defaults());
        Actor admin = bootstrap(a, ACME);
        for (int i = 0; i < 5; i++) {
            a.invitations().invite(admin, InviteCommand.of("p" + i + "@acme.example", null));
        }

        Thread runA = new Thread(() -> a.outbox().dispatch());
        runA.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        clock.advance(DeliveryPolicy.defaults().lease().plusSeconds(1));
        b.outbox().dispatch();
        release.countDown();
        runA.join(10_000);

        List<OutgoingMail> all = new ArrayList<>(stuck.sent());
        all.addAll(other.sent());
        // The message on the wire when A's lease lapsed may go twice, with one Message-ID (as after a crash); nothing else.
        assertThat(stuck.sent()).as("A starts no send after its lease lapsed").hasSize(1);
        assertThat(duplicates(all).keySet()).containsExactly(stuck.sent().get(0).messageId());
        assertThat(other.sent()).hasSize(5);
    }
    /**
     * F2. A transport that fails with a RuntimeException other than MailDeliveryException for one
     * message (an SDK bug, an unchecked I/O error): the message is never given up, however many
     * attempts it burns, and every message claimed after it is held back with it, run after run.
     */
    @Test
    void aTransportThrowingAnUncheckedExceptionFailsThatMessageOnlyAndItIsGivenUpInTime() {
        ScriptedTransport transport = new ScriptedTransport(m -> {
            if (m.to().value().startsWith("poison")) {
                throw new IllegalStateException("SDK bug: unexpected response");
            }
        });
        Roster roster = roster(memory(), clock, transport, DeliveryPolicy.defaults());
        Actor admin = bootstrap(roster, ACME);
        InvitationReceipt poison = roster.invitations().invite(admin, InviteCommand.of("poison@acme.example", null));
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMillis(1));
            roster.invitations().invite(admin, InviteCommand.of("ok" + i + "@acme.example", null));
        }

        int failedRuns = 0;
        for (int run = 0; run < 14; run++) {
            try {
                roster.outbox().dispatch();
            } catch (RuntimeException e) {
                failedRuns++;
            }
            clock.advance(Duration.ofHours(1)); // past the longest backoff
        }

        MailStatus status = roster.invitations().mailStatus(admin, poison.invitation().id());
        assertThat(transport.sent()).as("the three healthy invitations").hasSize(3);
        assertThat(status.delivery()).as("given up after maxAttempts (12)").isEqualTo(MailDelivery.FAILED);
    }
    /**
     * F4. A resend that lands between a dispatcher's claim and its read of the invitation: the old
     * message is found stale, and the dispatcher cancels every queued message of the invitation,
     * including the resend's brand-new one. The resent invitation is never mailed, and its status
     * reads NONE (not FAILED), so the admin is not told.
     */
    @Test
    void aStaleMessageCancelsItselfOnlyAndTheResendsMailGoesOut() {
        InMemoryRosterStore store = memory();
        RecordingMailTransport transport = new RecordingMailTransport();
        AtomicReference<Runnable> afterClaim = new AtomicReference<>();
        RosterStore dispatchStore = new HookedStore(store, result -> {
            Runnable hook = afterClaim.getAndSet(null);
            if (hook != null && result instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof OutboxMessage) {
                hook.run();
            }
        });
        Roster roster = roster(store, clock, settings(transport, Fixture.KEY).dispatchStore(dispatchStore).build());
        Actor admin = bootstrap(roster, ACME);
        InvitationReceipt receipt = roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null));
        AtomicReference<InvitationReceipt> again = new AtomicReference<>();
        afterClaim.set(() -> again.set(roster.invitations().resend(admin, receipt.invitation().id())));

        roster.outbox().dispatch();
        clock.advance(Duration.ofHours(1));
        roster.outbox().dispatch();

        MailStatus status = roster.invitations().mailStatus(admin, receipt.invitation().id());
        assertThat(again.get()).isNotNull();
        assertThat(transport.sent()).as("the resend's mail, with the new link").hasSize(1);
    }
    /**
     * G1. A mail server that refuses a message for its content commonly quotes the offending URL
     * ("554 5.7.1 ... URL ... listed"). Roster keeps the reply as the message's last error (at rest, in
     * the outbox row, shown by mailStatus to anyone with view permission) and logs it, scrubbing only
     * addresses: the live invitation token ends up in the store and in the log.
     */
    @Test
    void aServerReplyQuotingTheLinkKeepsNoTokenAtRestNorInTheLog() {
        Pattern link = Pattern.compile("https://\\S+token=[A-Za-z0-9_-]+");
        ScriptedTransport transport = new ScriptedTransport(m -> {
            Matcher url = link.matcher(m.text());
            url.find();
            throw new MailDeliveryException("554 5.7.1 Message rejected: URL " + url.group() + " is listed at uribl", true, null);
        });
        InMemoryRosterStore store = memory();
        Roster roster = roster(store, clock, transport, DeliveryPolicy.defaults());
        Actor admin = bootstrap(roster, ACME);
        InvitationReceipt receipt = roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null));
        String token = receipt.token().reveal();

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            roster.outbox().dispatch();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        original.print(log);

        MailStatus status = roster.invitations().mailStatus(admin, receipt.invitation().id());
        Instant far = clock.instant().plus(Duration.ofDays(3650));
        List<OutboxMessage> rows = store.read(tx -> OutboxStore.CAPABILITY.in(tx).latest(ACME, List.of(receipt.invitation().id().value()))
                .values().stream().toList());
        assertThat(roster.invitees().preview(ACME, token).isOpen()).as("the invitation is still open").isTrue();
        assertThat(log).as("the log").doesNotContain(token);
        assertThat(rows.get(0).lastError()).as("the outbox row's last_error").doesNotContain(token);
        assertThat(status.lastError().orElse("")).as("mailStatus shown to viewers").doesNotContain(token);
        assertThat(far).isNotNull();
    }

    /**
     * The dispatcher writes a claim's messages when it claims them, then sends them one by one: an
     * invitation revoked or resent while earlier messages of the claim are on the wire is not mailed
     * with its dead link (it is checked again just before its send).
     */
    @Test
    void aRevokeOrResendWhileTheClaimIsOnTheWireNeverMailsTheDeadLink() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedTransport transport = new ScriptedTransport(m -> {
            if (m.to().value().startsWith("first")) {
                entered.countDown();
                await(release);
            }
        });
        Roster roster = roster(memory(), clock, transport, DeliveryPolicy.defaults());
        Actor admin = bootstrap(roster, ACME);
        roster.invitations().invite(admin, InviteCommand.of("first@acme.example", null));
        clock.advance(Duration.ofMillis(1));
        InvitationReceipt revoked = roster.invitations().invite(admin, InviteCommand.of("revoked@acme.example", null));
        clock.advance(Duration.ofMillis(1));
        InvitationReceipt resent = roster.invitations().invite(admin, InviteCommand.of("resent@acme.example", null));

        Thread run = new Thread(() -> roster.outbox().dispatch());
        run.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        roster.invitations().revoke(admin, revoked.invitation().id());
        roster.invitations().resend(admin, resent.invitation().id());
        release.countDown();
        run.join(10_000);
        roster.outbox().dispatch(); // the resend's own message

        List<String> deadLinks = new ArrayList<>();
        for (OutgoingMail mail : transport.sent()) {
            boolean open;
            try {
                open = roster.invitees().preview(ACME, Fixture.tokenIn(mail)).isOpen();
            } catch (dev.roster.core.error.InvalidTokenException e) {
                open = false; // the resent invitation's old token: TOKEN_INVALID
            }
            if (!open) {
                deadLinks.add(mail.to().value());
            }
        }
        assertThat(deadLinks).as("mails whose link no longer works").isEmpty();
    }

    @Test
    void closingTheWorkerLetsTheMessageInFlightFinishGivesTheRestBackAndStops() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        ScriptedTransport transport = new ScriptedTransport(m -> {
            if (first.getAndSet(false)) {
                entered.countDown();
                await(release);
            }
        });
        Roster roster = roster(memory(), clock, transport, DeliveryPolicy.defaults());
        Actor admin = bootstrap(roster, ACME);
        for (int i = 0; i < 30; i++) {
            roster.invitations().invite(admin, InviteCommand.of("p" + i + "@acme.example", null));
        }
        var worker = roster.outbox().startWorker();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closing = new Thread(roster::close);
        closing.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (closing.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // until close() waits for the worker, having told it to stop
        }
        release.countDown();
        closing.join(10_000);

        assertThat(closing.isAlive()).as("close() returned").isFalse();
        assertThat(worker.isRunning()).isFalse();
        assertThat(transport.sent()).as("only the message in flight").hasSize(1);
        assertThatThrownBy(() -> roster.outbox().startWorker()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(roster.outbox().dispatch().sent()).as("the rest was given back, due at once").isEqualTo(29);
    }

    @Test
    void aLinkageErrorFromATransportDoesNotKillTheWorker() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        ScriptedTransport transport = new ScriptedTransport(m -> {
            if (broken.getAndSet(false)) {
                throw new NoClassDefFoundError("com/example/mail/Sdk");
            }
        });
        Roster roster = roster(memory(), clock, transport, DeliveryPolicy.defaults().withPollInterval(Duration.ofMillis(20)));
        Actor admin = bootstrap(roster, ACME);
        var worker = roster.outbox().startWorker();
        try {
            roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (broken.get() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            roster.invitations().invite(admin, InviteCommand.of("hank@acme.example", null));
            while (transport.sent().stream().noneMatch(m -> m.to().value().equals("hank@acme.example")) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(worker.isRunning()).as("the worker survives").isTrue();
            assertThat(transport.sent()).extracting(m -> m.to().value()).contains("hank@acme.example");
        } finally {
            roster.close();
        }
    }

    @Test
    void aPassingFailureOfTheHostsPerTenantSettingsIsRetriedNotGivenUp() {
        AtomicBoolean flaky = new AtomicBoolean(true);
        RecordingMailTransport transport = new RecordingMailTransport();
        Roster roster = roster(memory(), clock, settings(transport, Fixture.KEY).perTenant(t -> {
            if (flaky.get()) {
                throw new IllegalStateException("tenant settings service timed out");
            }
            return TenantMail.of("Acme Cloud", new MailSender("Acme", EmailAddress.of("no-reply@acme.example")));
        }).build());
        Actor admin = bootstrap(roster, ACME);
        InvitationId id = roster.invitations().invite(admin, InviteCommand.of("grace@acme.example", null)).invitation().id();

        assertThat(roster.outbox().dispatch().retried()).isEqualTo(1);
        assertThat(roster.invitations().mailStatus(admin, id).lastError()).hasValueSatisfying(e -> assertThat(e).contains("timed out"));
        flaky.set(false);
        clock.advance(Duration.ofHours(2));
        roster.outbox().dispatch();

        assertThat(transport.sent()).as("sent once the lookup works again").hasSize(1);
    }

    @Test
    void messagesGivenBackUntriedAtTheEndOfALeaseSpendNoAttempt() {
        ScriptedTransport slow = new ScriptedTransport(m -> clock.advance(Duration.ofMinutes(3))); // past half the 5-minute lease
        Roster roster = roster(memory(), clock, settings(slow, Fixture.KEY).build());
        Actor admin = bootstrap(roster, ACME);
        List<InvitationReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            receipts.add(roster.invitations().invite(admin, InviteCommand.of("p" + i + "@acme.example", null)));
        }

        assertThat(roster.outbox().dispatch().sent()).isEqualTo(3);

        assertThat(slow.sent()).hasSize(3);
        assertThat(receipts).extracting(r -> roster.invitations().mailStatus(admin, r.invitation().id()).attempts())
                .as("each went on its first try").containsOnly(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A store that hands every unit's result to a hook once the unit has committed. */
    private static final class HookedStore extends ForwardingStore {
        private final java.util.function.Consumer<Object> afterCommit;

        HookedStore(RosterStore delegate, java.util.function.Consumer<Object> afterCommit) {
            super(delegate);
            this.afterCommit = afterCommit;
        }

        @Override
        public <T> T inTransaction(Function<? super StoreTransaction, ? extends T> work) {
            T result = super.inTransaction(work);
            afterCommit.accept(result);
            return result;
        }
    }
}
