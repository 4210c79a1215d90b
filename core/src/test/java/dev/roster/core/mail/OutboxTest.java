package dev.roster.core.mail;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.inmemory.RecordingMailTransport;
import dev.roster.adapters.inmemory.RecordingMailTransport.Behaviour;
import dev.roster.core.Roster;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.mail.templates.MailTemplate;
import dev.roster.mail.templates.MustacheMailRenderer;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.mail.MailKind;
import dev.roster.spi.mail.MailSender;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.outbox.OutboxStore;
import dev.roster.spi.store.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Mail through the outbox: queued with its change, sent once with a working link, retried, given up, never stale. */
class OutboxTest {
    private final Fixture f = new Fixture();

    private List<OutboxMessage> queued() {
        Instant far = f.clock.instant().plus(Duration.ofDays(3650));
        // Claiming at a far-off time sees every queued message, then gives the lease straight back.
        return f.store.inTransaction(tx -> {
            List<OutboxMessage> all = OutboxStore.CAPABILITY.in(tx).claim(far, far, "peek", 1000);
            all.forEach(m -> OutboxStore.CAPABILITY.in(tx).retryLater(m.id(), "peek", m.dueAt().isAfter(far) ? far : f.clock.instant(), null));
            return all;
        });
    }

    @Test
    void anInvitationIsMailedOnceWithAWorkingLinkAndAStableMessageId() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        assertThat(f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id()).delivery()).isEqualTo(MailDelivery.QUEUED);

        assertThat(f.roster.outbox().dispatch().sent()).isEqualTo(1);
        assertThat(f.roster.outbox().dispatch().handled()).isZero();

        OutgoingMail mail = f.mail.sent().get(0);
        assertThat(mail.to().value()).isEqualTo("grace@acme.example");
        assertThat(mail.from().address().value()).isEqualTo("no-reply@acme.example");
        assertThat(mail.messageId()).matches("[0-9a-f-]{36}\\.roster@acme\\.example");
        assertThat(mail.subject()).isEqualTo("Ada Lovelace invited you to Acme on Acme Cloud");
        assertThat(f.roster.invitees().preview(f.tenant, Fixture.tokenIn(mail)).isOpen()).isTrue();
        MailStatus status = f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id());
        assertThat(status.delivery()).isEqualTo(MailDelivery.SENT);
        assertThat(status.finishedAt()).contains(f.clock.instant());
        assertThat(f.roster.directory().listInvitations(f.adminActor, InvitationListRequest.pending(10))
                .mailOf(receipt.invitation().id()).delivery()).isEqualTo(MailDelivery.SENT);
        assertThat(f.mail.connections()).isEqualTo(1);
    }

    @Test
    void aDispatcherThatDiesBeforeSendingLosesTheMessageOnlyUntilItsLeaseEnds() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        Instant now = f.clock.instant();
        f.store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).claim(now, now.plus(Duration.ofMinutes(2)), "died", 10));

        assertThat(f.roster.outbox().dispatch().handled()).as("held by the dead dispatcher").isZero();
        f.clock.advance(Duration.ofMinutes(2));

        assertThat(f.roster.outbox().dispatch().sent()).isEqualTo(1);
        assertThat(f.roster.outbox().dispatch().handled()).isZero();
        assertThat(f.mail.sent()).hasSize(1);
        User grace = f.roster.invitees().accept(f.tenant, Fixture.tokenIn(f.mail.sent().get(0)), AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(grace.email().value()).isEqualTo("grace@acme.example");
        assertThat(f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id()).attempts()).isEqualTo(2);
    }

    @Test
    void aRunSendsEveryClaimOverOneConnectionAndClaimsNoMoreWhileTheServerIsDown() {
        IntStream.range(0, 120).forEach(i -> f.invite("p" + i + "@acme.example"));
        assertThat(f.roster.outbox().dispatch().sent()).isEqualTo(120);
        assertThat(f.mail.connections()).as("three claims of fifty, one connection").isEqualTo(1);

        f.mail.behave(Behaviour.DOWN);
        IntStream.range(0, 120).forEach(i -> f.invite("q" + i + "@acme.example"));
        DispatchReport outage = f.roster.outbox().dispatch();
        assertThat(outage.retried()).as("one claim's attempts spent, not the queue's").isEqualTo(50);
        assertThat(outage.handled()).isEqualTo(50);

        f.mail.behave(Behaviour.ACCEPT);
        assertThat(f.roster.outbox().dispatch().handled()).as("this instance waits before claiming again").isZero();
        f.clock.advance(Duration.ofSeconds(30));
        int first = f.roster.outbox().dispatch().sent();
        assertThat(first).as("the other seventy were still due, and some of the fifty are again").isBetween(70, 120);
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(first + f.roster.outbox().dispatch().sent()).isEqualTo(120);
    }

    @Test
    void duringAnOutageThePollsOfAnInstanceBackOffInsteadOfSpendingTheQueuesAttempts() {
        f.mail.behave(Behaviour.DOWN);
        IntStream.range(0, 300).forEach(i -> f.invite("p" + i + "@acme.example"));
        int spent = 0;
        for (int poll = 0; poll < 12; poll++) { // a minute of polls, every 5 s as the worker does
            spent += f.roster.outbox().dispatch().retried();
            f.clock.advance(Duration.ofSeconds(5));
        }
        assertThat(spent).as("30 s, then 60 s between claims: two batches, not twelve").isEqualTo(100);

        f.mail.behave(Behaviour.ACCEPT);
        int sent = 0;
        for (int poll = 0; poll < 30 && sent < 300; poll++) {
            f.clock.advance(Duration.ofMinutes(1));
            sent += f.roster.outbox().dispatch().sent();
        }
        assertThat(sent).as("everything goes once the server is back").isEqualTo(300);
        assertThat(f.mail.sent()).hasSize(300);
    }

    @Test
    void aPassingRefusalOpensANewConnectionForTheNextMessage() {
        f.invite("grace@acme.example");
        f.invite("hank@acme.example");
        f.mail.behave(Behaviour.REFUSE_FOR_NOW);
        assertThat(f.roster.outbox().dispatch().retried()).isEqualTo(2);
        assertThat(f.mail.connections()).as("a 4xx may leave the connection broken").isEqualTo(2);
    }

    @Test
    void aRefusalForNowIsRetriedAfterABackoffWithTheSameMessageIdThenGivenUpAfterThePolicysAttempts() {
        f.mail.behave(Behaviour.REFUSE_FOR_NOW);
        InvitationReceipt receipt = f.invite("grace@acme.example");

        assertThat(f.roster.outbox().dispatch().retried()).isEqualTo(1);
        assertThat(f.roster.outbox().dispatch().handled()).as("not due again at once").isZero();
        f.clock.advance(Duration.ofSeconds(14));
        assertThat(f.roster.outbox().dispatch().handled()).as("the first wait is 15 to 30 s").isZero();
        f.clock.advance(Duration.ofSeconds(17));
        assertThat(f.roster.outbox().dispatch().retried()).isEqualTo(1);
        assertThat(f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id()).lastError()).contains("451 4.3.0 try again later");

        for (int attempt = 3; attempt <= 12; attempt++) {
            f.clock.advance(Duration.ofHours(1));
            f.roster.outbox().dispatch();
        }
        MailStatus status = f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id());
        assertThat(status.delivery()).isEqualTo(MailDelivery.FAILED);
        assertThat(status.attempts()).isEqualTo(12);
        assertThat(f.mail.attempts()).hasSize(12).containsOnly(f.mail.attempts().get(0));
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.roster.outbox().dispatch().handled()).isZero();
    }

    @Test
    void aRefusalForGoodGivesUpAtOnceAndAResendSendsANewWorkingLink() {
        f.mail.behave(Behaviour.REFUSE_FOR_GOOD);
        InvitationReceipt receipt = f.invite("grace@acme.example");

        assertThat(f.roster.outbox().dispatch().dead()).isEqualTo(1);
        MailStatus failed = f.roster.invitations().mailStatus(f.adminActor, receipt.invitation().id());
        assertThat(failed.delivery()).isEqualTo(MailDelivery.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("550 5.1.1 <grace@acme.example>: no such mailbox");
        assertThat(f.roster.directory().listInvitations(f.adminActor, InvitationListRequest.pending(10)).mailOf(receipt.invitation().id())
                .delivery()).isEqualTo(MailDelivery.FAILED);

        f.mail.behave(Behaviour.ACCEPT);
        InvitationReceipt resent = f.roster.invitations().resend(f.adminActor, receipt.invitation().id());
        assertThat(f.roster.outbox().dispatch().sent()).isEqualTo(1);
        OutgoingMail mail = f.mail.sent().get(0);
        assertThat(mail.subject()).contains("sent again");
        assertThat(Fixture.tokenIn(mail)).isEqualTo(resent.token().reveal()).isNotEqualTo(receipt.token().reveal());
        assertThat(codeOf(() -> f.roster.invitees().accept(f.tenant, receipt.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY))))
                .isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(f.roster.invitees().accept(f.tenant, Fixture.tokenIn(mail), AcceptCommand.of(ProfileFields.EMPTY))).isNotNull();
    }

    @Test
    void noMailEverCarriesALinkThatNoLongerWorks() {
        InvitationReceipt revoked = f.invite("revoked@acme.example");
        InvitationReceipt resent = f.invite("resent@acme.example");
        InvitationReceipt accepted = f.invite("accepted@acme.example");
        InvitationReceipt expiring = f.invite("expiring@acme.example");
        f.roster.invitations().revoke(f.adminActor, revoked.invitation().id());
        InvitationReceipt again = f.roster.invitations().resend(f.adminActor, resent.invitation().id());
        f.roster.invitees().accept(f.tenant, accepted.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));

        f.roster.outbox().dispatch();
        assertThat(f.mail.sent()).extracting(m -> m.to().value()).containsExactlyInAnyOrder("resent@acme.example", "expiring@acme.example");
        assertThat(Fixture.tokenIn(f.mail.lastTo("resent@acme.example").orElseThrow())).isEqualTo(again.token().reveal());
        assertThat(f.roster.invitations().mailStatus(f.adminActor, revoked.invitation().id()).delivery()).isEqualTo(MailDelivery.NONE);

        // An invitation that expires while its mail waits (the server was down for a week) is not mailed.
        f.mail.clear();
        InvitationReceipt late = f.invite("late@acme.example");
        f.mail.behave(Behaviour.DOWN);
        f.roster.outbox().dispatch();
        f.mail.behave(Behaviour.ACCEPT);
        f.clock.advance(Duration.ofDays(8));
        assertThat(f.roster.outbox().dispatch().cancelled()).isEqualTo(1);
        assertThat(f.mail.sent()).isEmpty();
        assertThat(f.roster.invitations().mailStatus(f.adminActor, late.invitation().id()).delivery()).isEqualTo(MailDelivery.NONE);
        assertThat(expiring.invitation()).isNotNull();
    }

    @Test
    void aTenantsBatchDoesNotHoldBackAnotherTenantsSingleInvitation() {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "bulk" + i + "@acme.example").toList();
        f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(fifty, null, null, null, null, false));
        TenantId globex = TenantId.of("globex");
        User hank = f.roster.tenants().bootstrap(new TenantBootstrap(globex, "Globex", "hank@globex.example", ProfileFields.EMPTY, null, null));
        f.roster.invitations().invite(dev.roster.core.access.Actor.user(globex, hank.id()), InviteCommand.of("single@globex.example", null));

        Instant now = f.clock.instant();
        List<OutboxMessage> first = f.store.inTransaction(tx -> OutboxStore.CAPABILITY.in(tx).claim(now, now.plusSeconds(60), "d", 5));

        assertThat(first.get(0).tenantId()).isEqualTo(globex);
        assertThat(first.get(0).priority()).isLessThan(first.get(1).priority());
    }

    @Test
    void theTokenWaitsSealedAndIsWipedOnceSent() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        String raw = receipt.token().reveal();
        OutboxMessage waiting = queued().get(0);
        assertThat(waiting.sealedSecret()).startsWith("test:").doesNotContain(raw);

        f.roster.outbox().dispatch();

        OutboxMessage sent = f.store.read((StoreTransaction tx) -> OutboxStore.CAPABILITY.in(tx).find(f.tenant, waiting.id())).orElseThrow();
        assertThat(sent.sealedSecret()).isNull();
    }

    @Test
    void aTemplateThatWouldPutALineBreakInTheSubjectIsGivenUpNotSent() {
        RecordingMailTransport transport = new RecordingMailTransport();
        MustacheMailRenderer careless = MustacheMailRenderer.builder().template(MailKind.INVITATION, Locale.ENGLISH,
                new MailTemplate("{{personalMessage}}", "{{link}}", "<a href=\"{{link}}\">x</a>")).build();
        Roster roster = Roster.builder().store(f.store).policy(TestPolicies.standard().build()).clock(f.clock)
                .invitationLink(Fixture.LINK).mail(MailSettings.builder().renderer(careless).transport(transport)
                        .from(TenantMail.of("P", new MailSender("S", EmailAddress.of("s@acme.example")))).sealingKey(Fixture.KEY).build())
                .build();
        InvitationReceipt receipt = roster.invitations().invite(f.adminActor,
                new InviteCommand("grace@acme.example", null, null, null, "Hi\nBcc: everyone@acme.example", null));

        assertThat(roster.outbox().dispatch().dead()).isEqualTo(1);
        assertThat(transport.attempts()).isEmpty();
        assertThat(roster.invitations().mailStatus(f.adminActor, receipt.invitation().id()).lastError().orElseThrow())
                .contains("cannot be written").contains("one line");
    }

    @Test
    void anotherInstanceWithTheRetiredKeyStillSendsAndOneWithoutItGivesUp() {
        InvitationReceipt receipt = f.invite("grace@acme.example");
        RecordingMailTransport rotated = new RecordingMailTransport();
        Roster withRetired = roster(rotated, SealingKey.generate("next"), Fixture.KEY);
        RecordingMailTransport lost = new RecordingMailTransport();
        Roster withoutIt = roster(lost, SealingKey.generate("next"));

        assertThat(withRetired.outbox().dispatch().sent()).isEqualTo(1);
        assertThat(Fixture.tokenIn(rotated.sent().get(0))).isEqualTo(receipt.token().reveal());

        f.roster.invitations().resend(f.adminActor, receipt.invitation().id());
        assertThat(withoutIt.outbox().dispatch().dead()).isEqualTo(1);
        assertThat(withoutIt.invitations().mailStatus(f.adminActor, receipt.invitation().id()).lastError().orElseThrow())
                .contains("key this instance does not have");
    }

    private Roster roster(RecordingMailTransport transport, SealingKey key, SealingKey... retired) {
        return Roster.builder().store(f.store).policy(TestPolicies.standard().build()).clock(f.clock).invitationLink(Fixture.LINK)
                .mail(MailSettings.builder().renderer(MustacheMailRenderer.withDefaults()).transport(transport)
                        .from(TenantMail.of("P", new MailSender("S", EmailAddress.of("s@acme.example")))).sealingKey(key, retired).build())
                .build();
    }

    @Test
    void finishedMessagesArePrunedAfterTheirRetention() {
        InvitationReceipt sent = f.invite("sent@acme.example");
        f.roster.outbox().dispatch();
        f.mail.behave(Behaviour.REFUSE_FOR_GOOD);
        InvitationReceipt dead = f.invite("dead@acme.example");
        f.roster.outbox().dispatch();

        f.clock.advance(Duration.ofDays(31));
        assertThat(f.roster.outbox().pruneFinished()).isEqualTo(1);
        assertThat(f.roster.invitations().mailStatus(f.adminActor, sent.invitation().id()).delivery()).isEqualTo(MailDelivery.NONE);
        assertThat(f.roster.invitations().mailStatus(f.adminActor, dead.invitation().id()).delivery()).isEqualTo(MailDelivery.FAILED);
        f.clock.advance(Duration.ofDays(150));
        assertThat(f.roster.outbox().pruneFinished()).isEqualTo(1);
        assertThat(f.roster.outbox().pruneFinished()).isZero();
    }

    @Test
    void theWorkerSendsAsSoonAsAnInvitationCommitsAndStopsWhenClosed() {
        OutboxWorker worker = f.roster.outbox().startWorker();
        try {
            assertThatThrownBy(() -> f.roster.outbox().startWorker()).isInstanceOf(IllegalStateException.class);
            f.invite("grace@acme.example");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (f.mail.sent().isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the worker sends on its own thread, woken by the commit
            }
            assertThat(f.mail.sent()).hasSize(1);
        } finally {
            worker.close();
        }
        assertThat(worker.isRunning()).as("its thread has ended, so nothing sends the next one").isFalse();
        f.invite("later@acme.example");
        assertThat(f.mail.sent()).hasSize(1);
        f.roster.outbox().startWorker().close();
    }

    @Test
    void anInvitationAcceptedBeforeItsMailWentOutIsNotMailed() {
        User member = f.member("grace@acme.example", MEMBER);
        assertThat(f.roster.outbox().dispatch().handled()).isZero();
        assertThat(f.mail.sent()).isEmpty();
        assertThat(member.email().value()).isEqualTo("grace@acme.example");
    }
}
