package dev.roster.core.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.core.error.ValidationException;
import dev.roster.core.mail.MailDelivery;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestPolicies;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.RoleId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchInviteTest {
    private final Fixture f = new Fixture();

    private BatchInviteCommand batch(List<String> emails, boolean skipInvalid) {
        return new BatchInviteCommand(emails, Set.of(TestPolicies.VIEWER), null, null, "Hi all", skipInvalid);
    }

    @Test
    void everyAddressIsCheckedFirstAndOneBadAddressRejectsTheWholeBatch() {
        f.invite("pending@acme.example");
        List<String> emails = List.of("ok@acme.example", "broken", "ada@acme.example", "pending@acme.example", "OK@acme.example");

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> f.roster.invitations().inviteAll(f.adminActor, batch(emails, false)));

        assertThat(e.violations()).extracting(ValidationException.Violation::path)
                .containsExactly("emails[1]", "emails[2]", "emails[3]", "emails[4]");
        assertThat(e.violations().get(1).message()).startsWith("ALREADY_MEMBER");
        assertThat(e.violations().get(2).message()).startsWith("DUPLICATE_PENDING_INVITATION");
        assertThat(e.violations().get(3).message()).contains("more than once");
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isEqualTo(1);
        assertThat(f.dispatched()).hasSize(1);
    }

    @Test
    void withSkipInvalidTheGoodAddressesAreInvitedAndTheOthersReported() {
        BatchInviteResult result = f.roster.invitations().inviteAll(f.adminActor,
                batch(List.of("a@acme.example", "nope", "b@acme.example", "ada@acme.example"), true));

        assertThat(result.invited()).extracting(r -> r.invitation().email().value()).containsExactly("a@acme.example", "b@acme.example");
        assertThat(result.invited()).allSatisfy(r -> {
            assertThat(r.invitation().roles()).containsExactly(TestPolicies.VIEWER);
            assertThat(r.invitation().message()).isEqualTo("Hi all");
            assertThat(r.mail()).isEqualTo(MailDelivery.QUEUED);
        });
        assertThat(result.rejected()).extracting(BatchInviteResult.Rejected::index, BatchInviteResult.Rejected::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ErrorCode.VALIDATION_FAILED),
                        org.assertj.core.groups.Tuple.tuple(3, ErrorCode.ALREADY_MEMBER));
        assertThat(f.dispatched()).hasSize(2);
    }

    @Test
    void aBatchLargerThanThePolicyLimitIsRefusedWithNothingInvited() {
        List<String> emails = new ArrayList<>(IntStream.range(0, 51).mapToObj(i -> "u" + i + "@acme.example").toList());

        RosterException e = catchThrowableOfType(RosterException.class, () -> f.roster.invitations().inviteAll(f.adminActor, batch(emails, true)));

        assertThat(e.code()).isEqualTo(ErrorCode.BATCH_TOO_LARGE);
        assertThat(f.roster.directory().tabCounts(f.adminActor).pendingInvitations()).isZero();
    }

    @Test
    void fiftyAddressesAtOnceAreFine() {
        List<String> emails = IntStream.range(0, 50).mapToObj(i -> "u" + i + "@acme.example").toList();

        assertThat(f.roster.invitations().inviteAll(f.adminActor, batch(emails, false)).invited()).hasSize(50);
        assertThat(f.roster.directory().onboarding(f.adminActor).invited()).isEqualTo(50);
    }

    @Test
    void anUnknownRoleRejectsTheBatchNamingTheField() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> f.roster.invitations().inviteAll(f.adminActor,
                new BatchInviteCommand(List.of("a@acme.example"), Set.of(RoleId.of("owner")), null, null, null, false)));
        assertThat(e.violations()).extracting(ValidationException.Violation::path).containsExactly("roles");
    }
}
