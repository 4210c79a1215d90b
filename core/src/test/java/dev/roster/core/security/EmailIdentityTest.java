package dev.roster.core.security;

import static dev.roster.core.support.TestPolicies.MEMBER;
import static dev.roster.spi.tck.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.BatchInviteCommand;
import dev.roster.core.invitation.BatchInviteResult;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.support.Fixture;
import dev.roster.core.user.EditProfileCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.mail.OutgoingMail;
import dev.roster.spi.model.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spellings that are one identity find the one account, and mail goes only to the address it stores. */
class EmailIdentityTest {
    private final Fixture f = new Fixture();

    private List<String> recipients() {
        return f.dispatched().stream().map(OutgoingMail::to).map(Object::toString).toList();
    }

    @Test
    void lookAlikeSpellingsOfAMemberAreTheMember() {
        f.member("\u00E9mile@acme.example");
        int mailsBefore = f.dispatched().size();

        for (String lookAlike : List.of("\u00C9MILE@acme.example", "e\u0301mile@acme.example", "\uFF45\u0301mile@acme.example",
                "\u00E9mile@ACME\u3002example")) {
            assertThat(codeOf(() -> f.invite(lookAlike))).as(lookAlike).isEqualTo(ErrorCode.ALREADY_MEMBER);
            assertThat(codeOf(() -> f.created(lookAlike, "E", "M", MEMBER))).as(lookAlike).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
        }
        assertThat(f.dispatched()).hasSize(mailsBefore);
    }

    @Test
    void aResendAfterALookAlikeAttemptGoesToTheStoredAddressOnly() {
        InvitationReceipt first = f.invite("kate@acme.example");

        assertThat(codeOf(() -> f.invite("\u212Aate@acme.example"))).isEqualTo(ErrorCode.DUPLICATE_PENDING_INVITATION);
        f.roster.invitations().resend(f.adminActor, first.invitation().id());

        // The first mail, still queued, gave way to the resend's: one mail, to the stored address.
        assertThat(recipients()).containsExactly("kate@acme.example");
    }

    @Test
    void invisibleAndMixedScriptSpellingsAreRefusedAtTheDoor() {
        for (String spoof : List.of("bo\u200Bb@acme.example", "b\u043Eb@acme.example", "bob\u00A0@acme.example", "bob@acm\u00ADe.example")) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> f.invite(spoof));
            assertThat(e).as(spoof).isNotNull();
            assertThat(e.violations()).extracting(ValidationException.Violation::path).containsExactly("email");
        }
        assertThat(f.dispatched()).isEmpty();
    }

    @Test
    void anAddressThatLooksDifferentIsAnotherPerson() {
        String mikeToken = f.invite("mike@acme.example").token().reveal();
        String dotlessToken = f.invite("m\u0131ke@acme.example").token().reveal();
        assertThat(recipients()).contains("mike@acme.example", "m\u0131ke@acme.example");

        User mike = f.roster.invitees().accept(f.tenant, mikeToken, dev.roster.core.invitation.AcceptCommand.of(
                dev.roster.core.user.ProfileFields.EMPTY));
        User dotless = f.roster.invitees().accept(f.tenant, dotlessToken, dev.roster.core.invitation.AcceptCommand.of(
                dev.roster.core.user.ProfileFields.EMPTY));
        assertThat(dotless.id()).isNotEqualTo(mike.id());
    }

    @Test
    void anEditCannotTakeALookAlikeOfAnotherMembersAddress() {
        f.member("kate@acme.example");
        User other = f.member("other@acme.example");

        assertThat(codeOf(() -> f.roster.users().editProfile(f.adminActor, new EditProfileCommand(other.id(), other.version(),
                "\u212AATE@acme.example", ProfileFields.EMPTY, null)))).isEqualTo(ErrorCode.DUPLICATE_EMAIL);
    }

    @Test
    void aBatchNamesTheSecondSpellingOfOneIdentityAsARepeat() {
        BatchInviteResult result = f.roster.invitations().inviteAll(f.adminActor, new BatchInviteCommand(
                List.of("zoe@acme.example", "ZOE@acme.example", "\uFF5Aoe@acme.example"), null, null, null, null, true));

        assertThat(result.invited()).hasSize(1);
        assertThat(result.rejected()).extracting(BatchInviteResult.Rejected::index).containsExactly(1, 2);
        assertThat(recipients()).containsExactly("zoe@acme.example");
    }
}
