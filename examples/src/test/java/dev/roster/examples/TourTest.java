package dev.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.mail.SealingKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first command runs this tour; it must keep telling the story it tells. */
class TourTest {
    @Test
    void theTourRunsEveryStepAndShowsTheRulesAtWork() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Tour(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(new InMemoryRosterStore(), SealingKey.generate("tour"));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("the outbox worker sent it: SENT");
        assertThat(out).contains("[mail] to Grace.Hopper@ACME.example: \"Ada Lovelace invited you to Acme Inc. on Acme Chat\"");
        assertThat(out).doesNotContain("token=");
        assertThat(out).contains("invited 3, rejected [#1 VALIDATION_FAILED]");
        assertThat(out).contains("accepting the same link again fails: TOKEN_INVALID");
        assertThat(out).contains("signed in; the session can use the workspace: true; device: Firefox 131");
        assertThat(out).contains("a wrong password: REFUSED");
        assertThat(out).contains("Grace is SUSPENDED; can use the workspace: false; her session is valid: false");
        assertThat(out).doesNotContain("correct horse battery staple");
        assertThat(out).containsPattern("Invited +Completed +Pending +Completion rate +\\| +Active users +Pending invites +Recently deleted");
        assertThat(out).containsPattern("4 +1 +3 +25\\.0% +\\| +2 +3 +0 +\\| +2 +10");
        assertThat(out).contains("deleting Ada fails: LAST_ADMIN");
        assertThat(out).contains("restored: ACTIVE with roles [user]");
        assertThat(out).contains("purged: 1; purged again: 0");
        assertThat(out).contains("members now: [Ada Lovelace]");
        assertThat(out).contains("her address in it: \"email\" : \"Grace.Hopper@ACME.example\"");
        assertThat(out).containsPattern("the purge erased what named her: \\{.*invitationsPseudonymised=1");
        assertThat(out).containsPattern("read .*new-starters-.*\\.xlsx: header on row 3");
        assertThat(out).containsPattern("row +email +status +details");
        assertThat(out).containsPattern("4 +linus@acme.example +invited");
        assertThat(out).containsPattern("6 +LINUS@acme.example +skipped: duplicate of row 4");
        assertThat(out).containsPattern("7 +not an address +invalid +Email: ");
        assertThat(out).containsPattern("8 +ada@acme.example +skipped: already a member");
        assertThat(out).contains("totals: invited 2, skipped 2, invalid 1");
        assertThat(out).containsPattern("1 user\\(s\\) to .*users-.*\\.csv");
        assertThat(out).containsPattern("1 user\\(s\\) to .*users-.*\\.xlsx");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"TwoRoleWorkspace", "FlaggedPlatform", "TypedUsers",
            "ExpiringInvitationsOrganization", "SeatCountedTeam"})
    void everyPresetTakesTheSameStepsAndShowsItsOwnRules(String preset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Tour(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(new InMemoryRosterStore(), SealingKey.generate("tour"),
                new ConsoleMailTransport(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), preset);
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("== The preset " + preset);
        assertThat(out).containsPattern("2 +linus@acme.example +invited");
        assertThat(out).containsPattern("4 +not an address +invalid");
        assertThat(out).containsPattern("Total users +Active +Suspended");
        assertThat(out).containsPattern("alan@acme.example +\\S+ +\\[\\S+\\] +SUSPENDED");
        assertThat(out).containsPattern("barbara@acme.example +PENDING");
        if (preset.equals("FlaggedPlatform")) {
            assertThat(out).contains("restoring Edsger: NOT_FOUND (this preset deletes for good)");
            assertThat(out).contains("deletion            hard");
        } else {
            assertThat(out).contains("restoring Edsger: ACTIVE");
            assertThat(out).containsPattern("edsger@acme.example +\\S+ +\\(had \\[\\S+\\]\\) +DELETED");
        }
        if (preset.equals("SeatCountedTeam")) {
            assertThat(out).contains("public (public)").contains("invitations expire  never");
        }
    }

    @Test
    void anUnknownPresetIsNamedWithTheOnesThereAre() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PresetTour.preset("Nope")))
                .hasMessageContaining("roster.preset: no preset 'Nope'").hasMessageContaining("SeatCountedTeam");
    }
}
