package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.outbox.OutboxBacklog;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxState;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox ({@link OutboxStore}), for stores that offer it: queued with the unit of work,
 * claimed under a lease by one dispatcher at a time, marked only by the holder, and finished with
 * its secret wiped.
 */
public abstract class OutboxStoreContract extends StoreContract {
    private static final Instant NOW = Records.T0;
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(5));

    private static OutboxStore outbox(StoreTransaction tx) {
        return OutboxStore.CAPABILITY.in(tx);
    }

    private void enqueue(OutboxMessage... messages) {
        write(tx -> outbox(tx).enqueue(List.of(messages)));
    }

    private List<OutboxMessage> claim(Instant now, String owner, int limit) {
        return tx((StoreTransaction tx) -> outbox(tx).claim(now, now.plus(Duration.ofMinutes(5)), owner, limit));
    }

    private OutboxMessage find(TenantId tenant, OutboxMessageId id) {
        return read((StoreTransaction tx) -> outbox(tx).find(tenant, id)).orElseThrow();
    }

    @Test
    void aQueuedMessageIsKeptAsGivenAndHidesItsSecretInToString() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        assertThat(find(T1, message.id())).isEqualTo(message);
        assertThat(message.toString()).doesNotContain(message.sealedSecret());
    }

    @Test
    void aUnitThatFailsAfterQueueingLeavesNothingQueued() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        Throwable thrown = catchThrowable(() -> write(tx -> {
            outbox(tx).enqueue(List.of(message));
            throw new IllegalStateException("the change that caused it failed");
        }));
        assertThat(thrown).hasMessage("the change that caused it failed");
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T1, message.id()))).isEmpty();
        assertThat(claim(NOW, "d1", 10)).isEmpty();
    }

    @Test
    void aDuplicateIdIsRefusedTypedAndTheBatchLeavesNothing() {
        OutboxMessage first = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(first);
        OutboxMessage other = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        assertThat(failure(tx -> outbox(tx).enqueue(List.of(other, first)))).isInstanceOf(DuplicateKeyException.class);
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T1, other.id()))).isEmpty();
    }

    @Test
    void aValueNoStoreCanHoldIsRefusedNamingTheField() {
        OutboxMessage base = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage broken = new OutboxMessage(base.id(), T1, base.kind(), base.subject(), 1, "sealed\nsecond line", OutboxState.QUEUED,
                0, NOW, null, NOW, null, null);
        assertThat(failure(tx -> outbox(tx).enqueue(List.of(broken)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("sealedSecret");
    }

    @Test
    void claimTakesDueMessagesByPriorityThenDueTimeAndHoldsThemUnderALease() {
        UUID subject = UUID.randomUUID();
        OutboxMessage bulk = Records.message(T1, MailKind.INVITATION, subject, 2, NOW.minusSeconds(30));
        OutboxMessage notice = Records.message(T2, MailKind.PASSWORD_RESET, UUID.randomUUID(), 0, NOW.minusSeconds(1));
        OutboxMessage single = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW.minusSeconds(10));
        OutboxMessage later = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 0, NOW.plusSeconds(1));
        enqueue(bulk, notice, single, later);

        List<OutboxMessage> claimed = claim(NOW, "d1", 10);

        assertThat(claimed).extracting(OutboxMessage::id).containsExactly(notice.id(), single.id(), bulk.id());
        assertThat(claimed).allSatisfy(m -> {
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.leaseOwner()).isEqualTo("d1");
            assertThat(m.dueAt()).isEqualTo(LEASE);
            assertThat(m.state()).isEqualTo(OutboxState.QUEUED);
        });
        assertThat(claimed.get(2).sealedSecret()).isEqualTo(bulk.sealedSecret());
        assertThat(find(T1, bulk.id())).isEqualTo(claimed.get(2));
    }

    @Test
    void claimStopsAtTheLimitInOrder() {
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            messages.add(Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW.minusSeconds(10 - i)));
        }
        enqueue(messages.toArray(OutboxMessage[]::new));
        assertThat(claim(NOW, "d1", 2)).extracting(OutboxMessage::id).containsExactly(messages.get(0).id(), messages.get(1).id());
        assertThat(claim(NOW, "d2", 10)).extracting(OutboxMessage::id)
                .containsExactly(messages.get(2).id(), messages.get(3).id(), messages.get(4).id());
    }

    @Test
    void aHeldMessageIsNotClaimedAgainUntilItsLeaseEndsThenAnotherDispatcherTakesIt() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        claim(NOW, "crashed", 10);

        assertThat(claim(NOW.plusSeconds(60), "d2", 10)).isEmpty();
        List<OutboxMessage> retaken = claim(LEASE, "d2", 10);

        assertThat(retaken).singleElement().satisfies(m -> {
            assertThat(m.leaseOwner()).isEqualTo("d2");
            assertThat(m.attempts()).isEqualTo(2);
        });
        assertThat(write1(tx -> outbox(tx).markSent(List.of(message.id()), "crashed", LEASE))).isZero();
        assertThat(write1(tx -> outbox(tx).markSent(List.of(message.id()), "d2", LEASE))).isEqualTo(1);
    }

    @Test
    void markingSentWipesTheSecretAndHappensOnce() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        claim(NOW, "d1", 10);
        Instant at = NOW.plusSeconds(2);

        assertThat(write1(tx -> outbox(tx).markSent(List.of(message.id(), message.id()), "d1", at))).isEqualTo(1);
        assertThat(write1(tx -> outbox(tx).markSent(List.of(message.id()), "d1", at))).isZero();

        OutboxMessage sent = find(T1, message.id());
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.sealedSecret()).isNull();
        assertThat(sent.finishedAt()).isEqualTo(at);
        assertThat(claim(LEASE.plusSeconds(1), "d2", 10)).isEmpty();
    }

    @Test
    void onlyTheHolderMarksAndAnUnclaimedMessageCannotBeMarked() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        assertThat(write1(tx -> outbox(tx).markSent(List.of(message.id()), "d1", NOW))).isZero();
        claim(NOW, "d1", 10);
        assertThat(tx((StoreTransaction tx) -> outbox(tx).markDead(message.id(), "intruder", NOW, "x"))).isFalse();
        assertThat(tx((StoreTransaction tx) -> outbox(tx).retryLater(message.id(), "intruder", NOW, "x"))).isFalse();
        assertThat(find(T1, message.id()).leaseOwner()).isEqualTo("d1");
    }

    @Test
    void retryLaterReleasesTheMessageUntilItsNextTimeWithTheReason() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        claim(NOW, "d1", 10);
        Instant next = NOW.plusSeconds(40);

        assertThat(tx((StoreTransaction tx) -> outbox(tx).retryLater(message.id(), "d1", next, "421 try again later"))).isTrue();

        OutboxMessage waiting = find(T1, message.id());
        assertThat(waiting.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(waiting.leaseOwner()).isNull();
        assertThat(waiting.dueAt()).isEqualTo(next);
        assertThat(waiting.lastError()).isEqualTo("421 try again later");
        assertThat(waiting.sealedSecret()).isEqualTo(message.sealedSecret());
        assertThat(claim(next.minusSeconds(1), "d1", 10)).isEmpty();
        assertThat(claim(next, "d1", 10)).singleElement().extracting(OutboxMessage::attempts).isEqualTo(2);
    }

    /** Over every tenant: queued (due now, later, or held), due now with the oldest due instant, dead; sent ones not at all. */
    @Test
    void theBacklogCountsQueuedDueAndDeadMessagesOfEveryTenant() {
        assertThat(read((StoreTransaction tx) -> outbox(tx).backlog(NOW))).isEqualTo(OutboxBacklog.EMPTY);
        OutboxMessage dying = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 0, NOW.minusSeconds(600));
        OutboxMessage sent = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 0, NOW.minusSeconds(600));
        enqueue(dying, sent);
        claim(NOW.minusSeconds(300), "d1", 10);
        tx((StoreTransaction tx) -> outbox(tx).markDead(dying.id(), "d1", NOW.minusSeconds(200), "550 no such user"));
        tx((StoreTransaction tx) -> outbox(tx).markSent(List.of(sent.id()), "d1", NOW.minusSeconds(200)));
        OutboxMessage held = Records.message(T2, MailKind.INVITATION, UUID.randomUUID(), 0, NOW.minusSeconds(100));
        enqueue(held);
        claim(NOW.minusSeconds(100), "d2", 10); // held until its lease ends, after NOW
        OutboxMessage oldest = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW.minusSeconds(90));
        OutboxMessage due = Records.message(T2, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage later = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW.plusSeconds(3600));
        enqueue(oldest, due, later);

        OutboxBacklog backlog = read((StoreTransaction tx) -> outbox(tx).backlog(NOW));

        assertThat(backlog).isEqualTo(new OutboxBacklog(4, 2, 1, NOW.minusSeconds(90)));
        assertThat(backlog.lag(NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(read((StoreTransaction tx) -> outbox(tx).backlog(NOW.minusSeconds(95))).due()).as("nothing claimable yet").isZero();
    }

    @Test
    void aDeadMessageKeepsItsReasonLosesItsSecretAndIsNeverClaimed() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        claim(NOW, "d1", 10);

        assertThat(tx((StoreTransaction tx) -> outbox(tx).markDead(message.id(), "d1", NOW, "550 no such user"))).isTrue();

        OutboxMessage dead = find(T1, message.id());
        assertThat(dead.state()).isEqualTo(OutboxState.DEAD);
        assertThat(dead.sealedSecret()).isNull();
        assertThat(dead.lastError()).isEqualTo("550 no such user");
        assertThat(dead.finishedAt()).isEqualTo(NOW);
        assertThat(claim(LEASE.plusSeconds(1), "d2", 10)).isEmpty();
    }

    @Test
    void cancelFinishesQueuedAndDeadMessagesOfOneSubjectInOneTenantOnly() {
        UUID subject = UUID.randomUUID();
        OutboxMessage queued = Records.message(T1, MailKind.INVITATION, subject, 1, NOW);
        OutboxMessage dead = Records.message(T1, MailKind.INVITATION, subject, 1, NOW.minusSeconds(5));
        OutboxMessage sent = Records.message(T1, MailKind.INVITATION, subject, 1, NOW.minusSeconds(9));
        OutboxMessage otherTenant = Records.message(T2, MailKind.INVITATION, subject, 1, NOW);
        enqueue(dead, sent);
        claim(NOW, "d1", 10);
        write(tx -> {
            outbox(tx).markDead(dead.id(), "d1", NOW, "550");
            outbox(tx).markSent(List.of(sent.id()), "d1", NOW);
        });
        enqueue(queued, otherTenant);
        Instant at = NOW.plusSeconds(3);

        assertThat(tx((StoreTransaction tx) -> outbox(tx).cancel(T1, subject, at))).isEqualTo(2);

        assertThat(find(T1, queued.id())).satisfies(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.CANCELLED);
            assertThat(m.sealedSecret()).isNull();
            assertThat(m.finishedAt()).isEqualTo(at);
        });
        assertThat(find(T1, dead.id()).state()).isEqualTo(OutboxState.CANCELLED);
        assertThat(find(T1, sent.id()).state()).isEqualTo(OutboxState.SENT);
        assertThat(find(T2, otherTenant.id()).state()).isEqualTo(OutboxState.QUEUED);
        assertThat(claim(NOW.plusSeconds(1), "d1", 10)).extracting(OutboxMessage::id).containsExactly(otherTenant.id());
    }

    @Test
    void forgetDeletesEveryMessageOfOneSubjectWhateverItsStateInOneTenantOnly() {
        UUID subject = UUID.randomUUID();
        OutboxMessage dead = Records.message(T1, MailKind.INVITATION, subject, 1, NOW.minusSeconds(5));
        OutboxMessage sent = Records.message(T1, MailKind.INVITATION, subject, 1, NOW.minusSeconds(9));
        OutboxMessage queued = Records.message(T1, MailKind.INVITATION_RESENT, subject, 1, NOW);
        OutboxMessage another = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage otherTenant = Records.message(T2, MailKind.INVITATION, subject, 1, NOW);
        enqueue(dead, sent);
        claim(NOW, "d1", 10);
        write(tx -> {
            outbox(tx).markDead(dead.id(), "d1", NOW, "550 5.1.1 <someone@example.com>: no such mailbox");
            outbox(tx).markSent(List.of(sent.id()), "d1", NOW);
        });
        enqueue(queued, another, otherTenant);

        assertThat(tx((StoreTransaction tx) -> outbox(tx).forget(T1, subject))).isEqualTo(3);

        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T1, dead.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T1, sent.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T1, queued.id()))).isEmpty();
        assertThat(find(T1, another.id()).state()).isEqualTo(OutboxState.QUEUED);
        assertThat(find(T2, otherTenant.id()).state()).isEqualTo(OutboxState.QUEUED);
    }

    @Test
    void aMessageGivenBackUntriedIsDueAgainWithoutTheAttemptItsClaimCounted() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        assertThat(claim(NOW, "d1", 10).get(0).attempts()).isEqualTo(1);

        assertThat(tx((StoreTransaction tx) -> outbox(tx).giveBack(message.id(), "d2", NOW))).as("not its holder").isFalse();
        assertThat(tx((StoreTransaction tx) -> outbox(tx).giveBack(message.id(), "d1", NOW.plusSeconds(2)))).isTrue();
        assertThat(tx((StoreTransaction tx) -> outbox(tx).giveBack(message.id(), "d1", NOW))).as("once").isFalse();

        OutboxMessage back = find(T1, message.id());
        assertThat(back.attempts()).isZero();
        assertThat(back.leaseOwner()).isNull();
        assertThat(back.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(claim(NOW.plusSeconds(1), "d1", 10)).as("not due yet").isEmpty();
        assertThat(claim(NOW.plusSeconds(2), "d2", 10)).extracting(OutboxMessage::attempts).containsExactly(1);
    }

    @Test
    void cancelHeldCancelsOnlyThatMessageAndOnlyForItsHolder() {
        UUID subject = UUID.randomUUID();
        OutboxMessage stale = Records.message(T1, MailKind.INVITATION, subject, 1, NOW);
        OutboxMessage resent = Records.message(T1, MailKind.INVITATION_RESENT, subject, 1, NOW.plusSeconds(5));
        enqueue(stale);
        claim(NOW, "d1", 10);
        enqueue(resent);

        assertThat(tx((StoreTransaction tx) -> outbox(tx).cancelHeld(stale.id(), "d2", NOW))).as("not its holder").isFalse();
        assertThat(tx((StoreTransaction tx) -> outbox(tx).cancelHeld(resent.id(), "d1", NOW))).as("not held").isFalse();
        assertThat(tx((StoreTransaction tx) -> outbox(tx).cancelHeld(stale.id(), "d1", NOW))).isTrue();

        assertThat(find(T1, stale.id())).satisfies(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.CANCELLED);
            assertThat(m.sealedSecret()).isNull();
        });
        assertThat(find(T1, resent.id()).state()).isEqualTo(OutboxState.QUEUED);
        assertThat(tx((StoreTransaction tx) -> outbox(tx).cancelHeld(stale.id(), "d1", NOW))).as("once").isFalse();
    }

    @Test
    void aMessageCancelledWhileHeldCannotBeMarkedSent() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        claim(NOW, "d1", 10);
        write(tx -> outbox(tx).cancel(T1, message.subject(), NOW));
        assertThat(write1(tx -> outbox(tx).markSent(List.of(message.id()), "d1", NOW))).isZero();
        assertThat(find(T1, message.id()).state()).isEqualTo(OutboxState.CANCELLED);
    }

    @Test
    void readsStayInsideTheirTenant() {
        OutboxMessage message = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        enqueue(message);
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T2, message.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> outbox(tx).latest(T2, List.of(message.subject())))).isEmpty();
        assertThat(tx((StoreTransaction tx) -> outbox(tx).cancel(T2, message.subject(), NOW))).isZero();
    }

    @Test
    void latestIsTheNewestMessageOfEachSubject() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        OutboxMessage firstA = Records.message(T1, MailKind.INVITATION, a, 1, NOW);
        OutboxMessage secondA = Records.message(T1, MailKind.INVITATION_RESENT, a, 1, NOW.plusSeconds(1));
        OutboxMessage onlyB = Records.message(T1, MailKind.INVITATION, b, 1, NOW);
        enqueue(secondA, firstA, onlyB);

        var latest = read((StoreTransaction tx) -> outbox(tx).latest(T1, List.of(a, b, UUID.randomUUID())));

        assertThat(latest).containsOnlyKeys(a, b);
        assertThat(latest.get(a).id()).isEqualTo(secondA.id());
        assertThat(latest.get(b).id()).isEqualTo(onlyB.id());
    }

    @Test
    void pruneDeletesFinishedMessagesPastTheirRetentionOnlyAndStopsAtTheLimit() {
        OutboxMessage oldSent = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage newSent = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage oldDead = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage veryOldDead = Records.message(T2, MailKind.INVITATION, UUID.randomUUID(), 1, NOW);
        OutboxMessage queued = Records.message(T1, MailKind.INVITATION, UUID.randomUUID(), 1, NOW.minusSeconds(99999));
        enqueue(oldSent, newSent, oldDead, veryOldDead);
        claim(NOW, "d1", 10);
        write(tx -> {
            outbox(tx).markSent(List.of(oldSent.id()), "d1", NOW);
            outbox(tx).markSent(List.of(newSent.id()), "d1", NOW.plusSeconds(100));
            outbox(tx).markDead(oldDead.id(), "d1", NOW, "550");
            outbox(tx).markDead(veryOldDead.id(), "d1", NOW.minusSeconds(100), "550");
        });
        enqueue(queued);

        int pruned = tx((StoreTransaction tx) -> outbox(tx).prune(NOW.plusSeconds(50), NOW.minusSeconds(50), 10));

        assertThat(pruned).isEqualTo(2);
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T1, oldSent.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> outbox(tx).find(T2, veryOldDead.id()))).isEmpty();
        assertThat(find(T1, newSent.id()).state()).isEqualTo(OutboxState.SENT);
        assertThat(find(T1, oldDead.id()).state()).isEqualTo(OutboxState.DEAD);
        assertThat(find(T1, queued.id()).state()).isEqualTo(OutboxState.QUEUED);
        assertThat(tx((StoreTransaction tx) -> outbox(tx).prune(NOW.plusSeconds(500), NOW.plusSeconds(500), 1))).isEqualTo(1);
        assertThat(tx((StoreTransaction tx) -> outbox(tx).prune(NOW.plusSeconds(500), NOW.plusSeconds(500), 10))).isEqualTo(1);
    }

    @Test
    void racingClaimsNeverHandOutOneMessageTwiceAndLeaveNoneBehind() throws Exception {
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            messages.add(Records.message(i % 2 == 0 ? T1 : T2, MailKind.INVITATION, UUID.randomUUID(), i % 3, NOW.minusSeconds(i)));
        }
        enqueue(messages.toArray(OutboxMessage[]::new));
        List<OutboxMessageId> handedOut = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger owner = new AtomicInteger();

        List<dev.roster.spi.error.ErrorCode> failures = Race.run(6, 24, i -> () -> {
            handedOut.addAll(claim(NOW, "d" + owner.incrementAndGet(), 4).stream().map(OutboxMessage::id).toList());
            return null;
        });

        assertThat(failures).as("no claim fails for racing another").containsOnlyNulls();
        List<OutboxMessage> rest;
        while (!(rest = claim(NOW, "drain", 10)).isEmpty()) {
            handedOut.addAll(rest.stream().map(OutboxMessage::id).toList());
        }

        Set<OutboxMessageId> distinct = new HashSet<>(handedOut);
        assertThat(handedOut).hasSameSizeAs(distinct);
        assertThat(distinct).hasSize(60);
    }

    private int write1(java.util.function.ToIntFunction<StoreTransaction> work) {
        return tx((StoreTransaction tx) -> work.applyAsInt(tx));
    }
}
