package dev.roster.core.importing;

import static dev.roster.core.support.Sheets.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.policy.ImportLimits;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.Sheets;
import dev.roster.core.support.TestPolicies;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.model.User;
import dev.roster.spi.sheet.SheetRejectedException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportTest {
    private final Fixture f = new Fixture();

    private List<Invitation> pending() {
        return f.store.read(tx -> tx.invitations().search(new InvitationQuery(f.tenant, Set.of(InvitationStatus.PENDING), f.clock.instant(),
                null, null, 10_000)).items());
    }

    @Test
    void aDryRunReportsWhatEachRowWouldBecomeAndChangesNothing() {
        f.member("grace@acme.example");
        f.invite("linus@acme.example");
        var file = Sheets.of(
                row("Team roster, November"),
                row(),
                row("E-Mail", "First Name", "ROLE", "Shoe size"),
                row("ann@acme.example", "Ann", "Viewer", "42"),
                row("not an address", "Bob", "", ""),
                row(" ANN@acme.example\u00A0", "Ann again", "", ""),
                row("grace@acme.example", "Grace", "", ""),
                row("linus@acme.example", "Linus", "", ""),
                row("ada@acme.example", "Ada", "", ""));

        ImportReport report = f.roster.imports().dryRun(f.adminActor, file, ImportOptions.defaults());

        assertThat(report.dryRun()).isTrue();
        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.warnings()).singleElement().asString().contains("column D (Shoe size)");
        assertThat(report.rows()).extracting(RowOutcome::row, RowOutcome::status, RowOutcome::duplicateOf).containsExactly(
                tuple(4, RowStatus.WOULD_INVITE, 0),
                tuple(5, RowStatus.INVALID, 0),
                tuple(6, RowStatus.DUPLICATE_IN_FILE, 4),
                tuple(7, RowStatus.ALREADY_MEMBER, 0),
                tuple(8, RowStatus.ALREADY_INVITED, 0),
                tuple(9, RowStatus.ALREADY_MEMBER, 0));
        assertThat(report.rows().get(1).errors()).singleElement()
                .satisfies(e -> assertThat(e.column()).isZero())
                .satisfies(e -> assertThat(e.header()).isEqualTo("E-Mail"));
        assertThat(report.count(RowStatus.WOULD_INVITE)).isEqualTo(1);
        assertThat(report.rowCount()).isEqualTo(6);
        assertThat(pending()).extracting(i -> i.email().value()).containsExactly("linus@acme.example");
    }

    @Test
    void applyInvitesTheValidRowsWithTheirOwnRolesProfilesAndFlagsAndMailsEach() {
        int mailsBefore = f.dispatched().size();
        var file = Sheets.of(
                row("email", "first_name", "Last name", "Display name", "Roles", "User type", "Phone", "Time zone", "External ID",
                        "Personal message", "Data export", "API access"),
                row("ann@acme.example", "Ann", "Lee", "Annie", "viewer", "Member", "+44 20 7946 0000", "Europe/London", "E-17",
                        "Welcome Ann", "no", "yes"),
                row("bob@acme.example", "Bob", "", "", "", "", "", "", "", "", "", ""));

        ImportReport report = f.roster.imports().apply(f.adminActor, file, ImportOptions.defaults().withMessage("Welcome all"));

        assertThat(report.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.INVITED, RowStatus.INVITED);
        assertThat(report.warnings()).isEmpty();
        Invitation ann = f.roster.invitations().get(f.adminActor, report.rows().get(0).invitation());
        assertThat(ann.roles()).containsExactly(TestPolicies.VIEWER);
        assertThat(ann.message()).isEqualTo("Welcome Ann");
        assertThat(ann.permissionFlags()).isEqualTo(Map.of(TestPolicies.EXPORT, Effect.DENY, TestPolicies.API, Effect.GRANT));
        Invitation bob = f.roster.invitations().get(f.adminActor, report.rows().get(1).invitation());
        assertThat(bob.roles()).containsExactly(TestPolicies.MEMBER);
        assertThat(bob.message()).isEqualTo("Welcome all");
        assertThat(f.dispatched()).hasSize(mailsBefore + 2);

        String token = Fixture.tokenIn(f.mail.sent().stream().filter(m -> m.to().value().equals("ann@acme.example")).findFirst().orElseThrow());
        User member = f.roster.invitees().accept(f.tenant, token, AcceptCommand.of(ProfileFields.EMPTY));
        assertThat(member.profile().firstName()).isEqualTo("Ann");
        assertThat(member.profile().displayName()).isEqualTo("Annie");
        assertThat(member.profile().phone()).isEqualTo("+44 20 7946 0000");
        assertThat(member.profile().timezone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(member.profile().externalId()).isEqualTo("E-17");
    }

    @Test
    void eachBrokenRuleIsPinnedToItsCellAndTheRowIsNotInvited() {
        var file = Sheets.of(
                row("Email", "First name", "Role", "Time zone", "Phone", "API access", "User type"),
                row("a@acme.example", "Line\nbreak", "Owner", "Mars/Base", "call me", "perhaps", "robot"));

        ImportReport report = f.roster.imports().apply(f.adminActor, file, ImportOptions.defaults());

        RowOutcome row = report.rows().get(0);
        assertThat(row.status()).isEqualTo(RowStatus.INVALID);
        assertThat(row.errors()).extracting(CellError::header)
                .containsExactlyInAnyOrder("First name", "Role", "Time zone", "Phone", "API access", "User type");
        assertThat(row.errors()).filteredOn(e -> e.header().equals("Role")).singleElement().asString().contains("Admin, Member, Viewer");
        assertThat(pending()).isEmpty();
    }

    @Test
    void theSeatLimitHoldsAcrossTheWholeFileAndRowsPastItAreReportedNotInvited() {
        f.roster.tenants().setSeatLimit(f.adminActor, 4); // Ada takes one: three free
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Email", "User type"));
        for (int i = 0; i < 5; i++) {
            rows.add(row("u" + i + "@acme.example", i == 1 ? "public" : "member")); // a public user takes no seat
        }

        ImportReport dry = f.roster.imports().dryRun(f.adminActor, Sheets.of(rows), ImportOptions.defaults().withBatchSize(2));
        ImportReport applied = f.roster.imports().apply(f.adminActor, Sheets.of(rows), ImportOptions.defaults().withBatchSize(2));

        List<RowStatus> expected = List.of(RowStatus.INVITED, RowStatus.INVITED, RowStatus.INVITED, RowStatus.INVITED, RowStatus.SEAT_LIMIT);
        assertThat(applied.rows()).extracting(RowOutcome::status).containsExactlyElementsOf(expected);
        assertThat(dry.rows()).extracting(RowOutcome::status).containsExactlyElementsOf(
                expected.stream().map(s -> s == RowStatus.INVITED ? RowStatus.WOULD_INVITE : s).toList());
        assertThat(pending()).hasSize(4);
    }

    @Test
    void aSecondRunOfTheSameFileInvitesNobodyTwice() {
        List<String[]> rows = Sheets.addresses(7);
        f.roster.imports().apply(f.adminActor, Sheets.of(rows.subList(0, 4)), ImportOptions.defaults().withBatchSize(2));

        ImportReport again = f.roster.imports().apply(f.adminActor, Sheets.of(rows), ImportOptions.defaults().withBatchSize(2));

        assertThat(again.count(RowStatus.ALREADY_INVITED)).isEqualTo(3);
        assertThat(again.count(RowStatus.INVITED)).isEqualTo(4);
        assertThat(pending()).hasSize(7);
    }

    @Test
    void cancellingBetweenBatchesKeepsWhatWasInvitedAndReportsTheRestNotProcessed() {
        List<ImportProgress> seen = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
                seen.add(progress);
            }

            @Override
            public boolean cancelRequested() {
                return !seen.isEmpty() && seen.get(seen.size() - 1).invited() >= 2;
            }
        };

        ImportReport report = f.roster.imports().apply(f.adminActor, Sheets.of(Sheets.addresses(6)),
                ImportOptions.defaults().withBatchSize(2).withListener(listener));

        assertThat(report.cancelled()).isTrue();
        assertThat(report.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.INVITED, RowStatus.INVITED,
                RowStatus.NOT_PROCESSED, RowStatus.NOT_PROCESSED, RowStatus.NOT_PROCESSED, RowStatus.NOT_PROCESSED);
        assertThat(pending()).hasSize(2);
    }

    @Test
    void progressIsHeardAtLeastEveryThousandRows() {
        List<ImportProgress> seen = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress progress) {
                seen.add(progress);
            }
        };

        f.roster.imports().dryRun(f.adminActor, Sheets.of(Sheets.addresses(2_500)),
                ImportOptions.defaults().withBatchSize(5_000).withListener(listener).withoutRowsKept());

        assertThat(seen).extracting(ImportProgress::read).contains(1_000, 2_000);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(new ImportProgress(2_500, 2_500, 0));
    }

    @Test
    void repeatsAreFoundAcrossThousandsOfRowsNamingTheFirstRow() {
        List<String[]> rows = Sheets.addresses(3_000); // rows 2 to 3,001
        rows.add(row("U0@ACME.example", "again"));
        rows.add(row("u2998@acme.example ", "again"));

        ImportReport report = f.roster.imports().dryRun(f.adminActor, Sheets.of(rows), ImportOptions.defaults().withBatchSize(1_000));

        assertThat(report.count(RowStatus.WOULD_INVITE)).isEqualTo(3_000);
        assertThat(report.rows().subList(3_000, 3_002)).extracting(RowOutcome::status, RowOutcome::duplicateOf)
                .containsExactly(tuple(RowStatus.DUPLICATE_IN_FILE, 2), tuple(RowStatus.DUPLICATE_IN_FILE, 3_000));
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWholeAndInvitesNobody() {
        Fixture small = new Fixture(TestPolicies.standard().importLimits(new ImportLimits(1_000_000, 1_000_000, 3, 50)).build());

        SheetRejectedException e = catchThrowableOfType(SheetRejectedException.class,
                () -> small.roster.imports().apply(small.adminActor, Sheets.of(Sheets.addresses(4)), ImportOptions.defaults().withBatchSize(1)));

        assertThat(e.reason()).isEqualTo(SheetRejectedException.Reason.TOO_MANY_ROWS);
        assertThat(small.roster.directory().tabCounts(small.adminActor).pendingInvitations()).isZero();
    }

    @Test
    void aCellOverTheLengthLimitMakesItsRowInvalid() {
        Fixture small = new Fixture(TestPolicies.standard().importLimits(new ImportLimits(1_000_000, 1_000_000, 10, 20)).build());

        ImportReport report = small.roster.imports().apply(small.adminActor,
                Sheets.of(row("Email", "Notes"), row("a@acme.example", "x".repeat(21))), ImportOptions.defaults());

        assertThat(report.rows().get(0).status()).isEqualTo(RowStatus.INVALID);
        assertThat(report.rows().get(0).errors()).singleElement().satisfies(e -> assertThat(e.header()).isEqualTo("Notes"));
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefused() {
        SheetRejectedException e = catchThrowableOfType(SheetRejectedException.class,
                () -> f.roster.imports().dryRun(f.adminActor, Sheets.of(row("Name", "Role"), row("Ann", "Viewer")), ImportOptions.defaults()));

        assertThat(e.reason()).isEqualTo(SheetRejectedException.Reason.NO_EMAIL_COLUMN);
    }

    @Test
    void repeatedExternalIdsInTheFileOrOfAMemberMakeTheLaterRowInvalid() {
        ImportReport report = f.roster.imports().apply(f.adminActor, Sheets.of(row("Email", "External ID"),
                row("a@acme.example", "E-1"), row("b@acme.example", "E-1")), ImportOptions.defaults());

        assertThat(report.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.INVITED, RowStatus.INVALID);
        assertThat(report.rows().get(1).errors().get(0).message()).contains("row 2");
    }

    @Test
    void anActorWhoMayNotInviteIsRefusedBeforeARowIsRead() {
        User member = f.member("grace@acme.example");

        catchThrowableOfType(PermissionDeniedException.class,
                () -> f.roster.imports().dryRun(f.actor(member), Sheets.of(Sheets.addresses(1)), ImportOptions.defaults()));

        assertThat(pending()).isEmpty();
    }

    @Test
    void aRowAskingForMoreThanTheInviterHoldsIsInvalidWhileTheOthersAreInvited() {
        Fixture delegated = new Fixture(TestPolicies.delegated().build());
        User manager = delegated.member("max@acme.example", TestPolicies.MANAGER);

        ImportReport report = delegated.roster.imports().apply(delegated.actor(manager), Sheets.of(row("Email", "Role"),
                row("evil@acme.example", "owner"), row("fine@acme.example", "member")), ImportOptions.defaults());

        assertThat(report.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.INVALID, RowStatus.INVITED);
        assertThat(report.rows().get(0).errors()).singleElement().satisfies(e -> assertThat(e.header()).isEqualTo("Role"));
        assertThat(delegated.roster.directory().tabCounts(delegated.adminActor).pendingInvitations()).isEqualTo(1);
    }

    @Test
    void aFlagAskingForMoreThanTheInviterHoldsIsPinnedToItsOwnCell() {
        Fixture delegated = new Fixture(TestPolicies.delegated().build());
        User manager = delegated.member("max@acme.example", TestPolicies.MANAGER);

        ImportReport report = delegated.roster.imports().apply(delegated.actor(manager), Sheets.of(
                row("Email", "Role", "Data export", "tenant.own"),
                row("e1@acme.example", "member", "yes", ""),
                row("e2@acme.example", "member", "", "yes")), ImportOptions.defaults());

        assertThat(report.rows()).extracting(RowOutcome::status).containsOnly(RowStatus.INVALID);
        assertThat(report.rows().get(0).errors()).extracting(CellError::header).containsExactly("Data export");
        assertThat(report.rows().get(1).errors()).extracting(CellError::header).containsExactly("tenant.own");
        assertThat(delegated.roster.directory().tabCounts(delegated.adminActor).pendingInvitations()).isZero();
    }
}
