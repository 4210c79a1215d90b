package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.audit.AuditActions;
import dev.roster.core.audit.AuditListRequest;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.invitation.InviteeFields;
import dev.roster.core.permission.Layer;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.InvitationPage;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.PersonToErase;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.PersonalData;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A person removed for good leaves no personal data behind; a person still here can have all of it. */
class ErasureTest {
    /** Every text Roster shows about the tenant: the whole audit trail, every invitation and where its mail stands. */
    private static String everything(Fixture f) {
        List<String> texts = new ArrayList<>();
        for (AuditEntry e : f.roster.audit().list(f.adminActor, AuditListRequest.latest(500)).items()) {
            texts.add(e.details().toString());
        }
        InvitationPage invitations = f.roster.directory().listInvitations(f.adminActor, new InvitationListRequest(null, null, null, 500));
        for (Invitation i : invitations.items()) {
            texts.add(i.email().value() + " " + i.email().canonical() + " " + i.invitee() + " " + i.message() + " "
                    + invitations.mailOf(i.id()).lastError().orElse(""));
        }
        return String.join("\n", texts).toLowerCase(java.util.Locale.ROOT);
    }

    private static void assertNoTraceOfZenobia(Fixture f) {
        String all = everything(f);
        for (String trace : PersonToErase.TRACES) {
            assertThat(all).as("trace %s", trace).doesNotContain(trace.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void aPermanentDeleteErasesAuditDetailsAndPseudonymisesInvitationsAndSaysSo() {
        Fixture f = new Fixture();
        User zen = PersonToErase.create(f);
        assertThat(everything(f)).contains("zenobia").contains("secret handshake");
        long invited = f.roster.directory().onboarding(f.adminActor).invited();

        f.roster.lifecycle().delete(f.adminActor, zen.id());
        f.roster.lifecycle().deletePermanently(f.adminActor, zen.id());

        assertNoTraceOfZenobia(f);
        List<AuditEntry> about = f.roster.audit().list(f.adminActor, AuditListRequest.forTarget("user", zen.id().toString(), 50)).items();
        assertThat(about).extracting(AuditEntry::action).contains(AuditActions.USER_PURGED, AuditActions.USER_PROFILE_EDITED,
                AuditActions.USER_DELETED);
        AuditEntry purge = about.get(0);
        assertThat(purge.action()).isEqualTo(AuditActions.USER_PURGED);
        assertThat(purge.details()).containsEntry("invitationsPseudonymised", "1").containsKey("erased");
        assertThat(Integer.parseInt(purge.details().get("auditEntriesRedacted"))).isGreaterThanOrEqualTo(3);
        assertThat(f.roster.directory().onboarding(f.adminActor).invited()).as("the numbers do not move").isEqualTo(invited);
        assertThat(f.roster.directory().onboarding(f.adminActor).completed()).isEqualTo(1);
    }

    @Test
    void aHardDeleteErasesInTheSameWay() {
        Fixture f = new Fixture(TestPolicies.standard().deletion(DeletionMode.HARD, Duration.ZERO).build());
        User zen = PersonToErase.create(f);

        f.roster.lifecycle().delete(f.adminActor, zen.id());

        assertNoTraceOfZenobia(f);
        AuditEntry deletion = f.roster.audit().list(f.adminActor, AuditListRequest.forTarget("user", zen.id().toString(), 1)).items().get(0);
        assertThat(deletion.action()).isEqualTo(AuditActions.USER_DELETED);
        assertThat(deletion.details()).containsKeys("erased", "auditEntriesRedacted", "invitationsPseudonymised");
    }

    @Test
    void aRemovalForGoodForgetsThePersonsSignInAttempts() {
        Fixture f = new Fixture(TestPolicies.standard().deletion(DeletionMode.HARD, Duration.ZERO).build());
        User zen = PersonToErase.create(f);
        f.store.inTransaction(tx -> {
            dev.roster.spi.access.SignInStore.CAPABILITY.in(tx).record(new dev.roster.spi.access.SignInAttempt(java.util.UUID.randomUUID(),
                    f.tenant, zen.id(), f.clock.instant(), "203.0.113.7", "Zenobia's browser", dev.roster.spi.access.SignInReason.SUCCESS));
            return null;
        });

        f.roster.lifecycle().delete(f.adminActor, zen.id());

        assertThat(f.store.read(tx -> dev.roster.spi.access.SignInStore.CAPABILITY.in(tx)
                .attempts(dev.roster.spi.access.SignInQuery.latest(f.tenant, 10))).items()).isEmpty();
        AuditEntry deletion = f.roster.audit().list(f.adminActor, AuditListRequest.forTarget("user", zen.id().toString(), 1)).items().get(0);
        assertThat(deletion.details()).containsEntry("signInAttemptsForgotten", "1");
    }

    @Test
    void thePurgeErasesButLeavesANewerOpenInvitationToTheSameAddress() {
        Fixture f = new Fixture();
        User zen = PersonToErase.create(f);
        f.roster.lifecycle().delete(f.adminActor, zen.id());
        f.clock.advance(Duration.ofDays(1));
        Invitation again = f.invite("zq@acme.example").invitation();
        f.clock.advance(Duration.ofDays(35));
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 10)).isEqualTo(1);

        Invitation reinvite = f.roster.invitations().get(f.adminActor, again.id());
        assertThat(reinvite.email().value()).isEqualTo("zq@acme.example");
        assertThat(reinvite.statusAt(f.clock.instant())).isEqualTo(InvitationStatus.EXPIRED);
        List<AuditEntry> about = f.roster.audit().list(f.adminActor, AuditListRequest.forTarget("user", zen.id().toString(), 50)).items();
        assertThat(about.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain("zenobia").doesNotContain("quartermaine")
                .doesNotContain("zq@");
        assertThat(about.get(0).details()).containsKey("reason").containsEntry("invitationsPseudonymised", "1");
    }

    @Test
    void theExportHoldsEverythingAboutThePersonAndIsAudited() {
        Fixture f = new Fixture();
        User zen = PersonToErase.create(f);

        PersonalData data = f.roster.users().exportPersonalData(f.adminActor, zen.id());

        assertThat(data.user().email().value()).isEqualTo("zq@acme.example");
        assertThat(data.user().attributes()).containsEntry("nickname", "Zen");
        assertThat(data.permissions()).extracting(d -> d.permission().value()).contains("chat.use", "users.manage");
        assertThat(data.permissions()).filteredOn(d -> d.permission().value().equals("chat.use"))
                .extracting(d -> d.layer()).containsExactly(Layer.ROLE);
        assertThat(data.invitations()).singleElement().satisfies(i -> {
            assertThat(i.email()).isEqualTo("zenobia@acme.example");
            assertThat(i.message()).contains("Secret handshake inside");
            assertThat(i.status()).isEqualTo(InvitationStatus.ACCEPTED);
        });
        assertThat(data.auditEntries()).extracting(AuditEntry::action)
                .contains(AuditActions.USER_PROFILE_EDITED, AuditActions.INVITATION_CREATED, AuditActions.INVITATION_ACCEPTED);
        assertThat(data.toString()).doesNotContain(f.roster.invitations().get(f.adminActor, data.invitations().get(0).id()).tokenHash());
        assertThat(f.roster.audit().list(f.adminActor, AuditListRequest.latest(1)).items().get(0).action())
                .isEqualTo(AuditActions.USER_DATA_EXPORTED);
    }

    @Test
    void onlyWhoMayExportPersonalDataCanExportIt() {
        Fixture f = new Fixture();
        User zen = PersonToErase.create(f);
        User member = f.member("m@acme.example", MEMBER);

        assertThat(codeOf(() -> f.roster.users().exportPersonalData(f.actor(member), zen.id()))).isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    // An address can pass from one person to another: what belongs to whom is told apart.

    /** Bob is invited to shared@ with pre-filled names and a message, accepts, and moves to bob@. */
    private static User bobLeavesTheSharedAddress(Fixture f) {
        InvitationReceipt forBob = f.roster.invitations().invite(f.adminActor, new InviteCommand("shared@acme.example", null, null, null,
                "Bob: the vault code is 4711", new InviteeFields("Bob", "Bobsecretname", null, null)));
        User bob = f.roster.invitees().accept(f.tenant, forBob.token().reveal(), AcceptCommand.of(ProfileFields.EMPTY));
        return f.roster.users().editProfile(f.adminActor, new EditProfileCommand(bob.id(), bob.version(), "bob@acme.example",
                ProfileFields.named("Bob", "Bobsecretname"), null));
    }

    @Test
    void theExportOfAPersonHoldsNothingAboutThePreviousHolderOfItsAddress() {
        Fixture f = new Fixture();
        User bob = bobLeavesTheSharedAddress(f);
        User alice = f.created("shared@acme.example", "Alice", "Liddell", MEMBER);

        PersonalData aliceData = f.roster.users().exportPersonalData(f.adminActor, alice.id());

        String everything = (aliceData.invitations() + " " + aliceData.auditEntries()).toLowerCase(Locale.ROOT);
        assertThat(everything).as("Alice's data-access export").doesNotContain("bobsecretname").doesNotContain("vault code")
                .doesNotContain(bob.id().toString());
    }

    @Test
    void erasingAPersonLeavesThePreviousHolderOfItsAddressAlone() {
        Fixture f = new Fixture(TestPolicies.standard().deletion(DeletionMode.HARD, Duration.ZERO).build());
        User bob = bobLeavesTheSharedAddress(f);
        Invitation bobsInvitation = f.roster.directory().listInvitations(f.adminActor, new InvitationListRequest(null, null, null, 10))
                .items().get(0);
        User alice = f.created("shared@acme.example", "Alice", "Liddell", MEMBER);

        f.roster.lifecycle().delete(f.adminActor, alice.id()); // HARD: Alice is erased

        Invitation after = f.roster.invitations().get(f.adminActor, bobsInvitation.id());
        assertThat(after.acceptedUserId()).isEqualTo(bob.id());
        assertThat(after.invitee().lastName()).as("Bob's own invitation, erased with Alice").isEqualTo("Bobsecretname");
        assertThat(f.roster.users().exportPersonalData(f.adminActor, bob.id()).invitations())
                .as("Bob's export still lists the invitation he accepted").isNotEmpty();
    }

    /**
     * A user created directly while an invitation to its address is open: the open invitation is older
     * than the account, not "a newer request", yet a hard delete leaves it, with the address and the
     * pre-filled names, listed and still acceptable.
     */
    @Test
    void anOpenInvitationOlderThanTheAccountDoesNotOutliveTheErasure() {
        Fixture f = new Fixture(TestPolicies.standard().deletion(DeletionMode.HARD, Duration.ZERO).build());
        f.roster.invitations().invite(f.adminActor, new InviteCommand("zoe@acme.example", null, null, null, null,
                new InviteeFields("Zoe", "Zyxwvutsrq", null, null)));
        User zoe = f.created("zoe@acme.example", "Zoe", "Zyxwvutsrq", MEMBER);

        f.roster.lifecycle().delete(f.adminActor, zoe.id());

        StringBuilder all = new StringBuilder();
        f.roster.directory().listInvitations(f.adminActor, new InvitationListRequest(null, null, null, 100)).items()
                .forEach(i -> all.append(i.email().value()).append(' ').append(i.invitee()).append('\n'));
        f.roster.audit().list(f.adminActor, AuditListRequest.latest(500)).items().stream().map(AuditEntry::details)
                .forEach(d -> all.append(d).append('\n'));
        assertThat(all.toString().toLowerCase(Locale.ROOT)).doesNotContain("zoe@acme.example").doesNotContain("zyxwvutsrq");
    }
}
