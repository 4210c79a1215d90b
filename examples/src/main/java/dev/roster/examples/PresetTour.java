package dev.roster.examples;

import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.spi.error.RosterException;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.ImportReport;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationReceipt;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.presets.ExpiringInvitationsOrganization;
import dev.roster.core.presets.FlaggedPlatform;
import dev.roster.core.presets.SeatCountedTeam;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.presets.TypedUsers;
import dev.roster.core.query.InvitationListRequest;
import dev.roster.core.query.PeopleListRequest;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.adapters.spreadsheet.ImportReports;
import dev.roster.spi.model.PersonStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.sheet.SheetRow;
import dev.roster.spi.sheet.SheetSource;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The same few steps under any preset ({@code -Droster.preset=SeatCountedTeam}, say): what the
 * policy pins, then invitations, acceptances, a bulk import, a suspension and a deletion, and the
 * tables an admin panel built on that preset would show.
 */
final class PresetTour {

    private final PrintStream out;

    PresetTour(PrintStream out) {
        this.out = out;
    }

    /** The preset of that name, or an error naming the ones there are. */
    static Policy preset(String name) {
        try {
            return dev.roster.core.presets.Presets.named(name);
        } catch (dev.roster.core.error.PolicyException e) {
            throw new IllegalArgumentException("roster.preset: " + e.problems().get(0), e);
        }
    }

    void tour(Roster roster, String name) {
        Policy policy = roster.policy();
        TenantId tenant = TenantId.of(name.toLowerCase(java.util.Locale.ROOT) + "-" + Long.toString(System.currentTimeMillis(), 36));
        step("The preset " + name);
        TourTable.print(out, List.of("rule", "value"), List.of(
                List.of("roles", policy.roles().values().stream().map(r -> r.id() + " (" + r.label() + ")").sorted().collect(Collectors.joining(", "))),
                List.of("roles per user", policy.roleCardinality().toString()),
                List.of("user types", policy.userTypes().stream().sorted().map(t -> policy.isPublic(t) ? t + " (public)" : t)
                        .collect(Collectors.joining(", "))),
                List.of("invitations expire", policy.invitationExpiry().map(Object::toString).orElse("never")),
                List.of("deletion", policy.deletionMode() == DeletionMode.SOFT ? "soft, restorable for " + policy.retention().toDays() + " days" : "hard"),
                List.of("seats", policy.seatRule().countedStatuses() + (policy.seatRule().countPendingInvitations() ? " and open invitations" : ""))));

        User first = roster.tenants().bootstrap(new TenantBootstrap(tenant, "Acme", "ada@acme.example", ProfileFields.named("Ada", "Lovelace"),
                null, 25));
        Actor admin = Actor.user(tenant, first.id());
        ProfileFields adult = policy.dateOfBirthRequired() ? ProfileFields.EMPTY.withDateOfBirth(LocalDate.of(1990, 5, 1)) : ProfileFields.EMPTY;

        step("Invite four people; three accept");
        List<String> people = List.of("grace@acme.example", "alan@acme.example", "edsger@acme.example", "barbara@acme.example");
        List<InvitationReceipt> sent = people.stream().map(email -> roster.invitations().invite(admin, InviteCommand.of(email, null))).toList();
        List<User> members = sent.subList(0, 3).stream().map(r -> roster.credentials().acceptWithPassword(tenant, r.token().reveal(),
                AcceptCommand.of(adult), "a password of their own, from the sign-up form")).toList();
        say("invited %d with the default role '%s' and type '%s'", sent.size(), policy.defaultRole(), policy.defaultUserType());

        step("Bulk-invite from a file; a bad address is reported, not invited");
        ImportReport report = roster.imports().apply(admin, rows(List.of(List.of("Email", "First name"), List.of("linus@acme.example", "Linus"),
                List.of("margaret@acme.example", "Margaret"), List.of("not an address", "Nobody"))), ImportOptions.defaults());
        TourTable.print(out, List.of("row", "email", "status", "details"), report.rows().stream()
                .map(r -> List.of(String.valueOf(r.row()), r.email(), ImportReports.statusText(r), ImportReports.detailText(r))).toList());

        step("Suspend Alan, delete Edsger");
        roster.lifecycle().suspend(admin, members.get(1).id());
        roster.lifecycle().delete(admin, members.get(2).id());
        try {
            say("restoring Edsger: %s", roster.lifecycle().restore(admin, members.get(2).id()).status());
            roster.lifecycle().delete(admin, members.get(2).id());
        } catch (RosterException e) {
            say("restoring Edsger: %s (this preset deletes for good)", e.code());
        }

        step("What the admin panel shows");
        new Tour(out).cards(roster, admin);
        var cards = roster.directory().statCards(admin);
        TourTable.print(out, List.of("Total users", "Active", "Suspended"), List.of(List.of(String.valueOf(cards.total()),
                String.valueOf(cards.active()), String.valueOf(cards.suspended()))));
        say("");
        // One list of people, members and open invitations together, each with the one status the product shows.
        var counts = roster.directory().peopleCounts(admin);
        TourTable.print(out, java.util.Arrays.stream(PersonStatus.values()).map(PersonStatus::name).toList(), List.of(java.util.Arrays.stream(
                PersonStatus.values()).map(s -> String.valueOf(counts.of(s))).toList()));
        say("");
        TourTable.print(out, List.of("person", "type", "roles", "status"), roster.directory().listPeople(admin, PeopleListRequest.everyone(50)
                .withSort(dev.roster.spi.store.UserSort.EMAIL, false)).items().stream().map(p -> List.of(p.email().value(), p.userType(),
                p.member().map(u -> u.deletion() != null ? "(had " + u.deletion().priorRoles() + ")" : u.roles().toString())
                        .orElse(p.roles().toString()), p.status().toString())).toList());
        say("");
        TourTable.print(out, List.of("invitation", "status", "expires"), roster.directory().listInvitations(admin, InvitationListRequest.all(50))
                .items().stream().map(i -> List.of(i.email().value(), i.status().toString(), i.expiresAt() == null ? "never" : i.expiresAt()
                        .toString())).toList());
    }

    /** A file's rows, as a spreadsheet adapter yields them (the tour writes a real XLSX; this one stays in memory). */
    private static SheetSource rows(List<List<String>> cells) {
        Iterator<List<String>> it = cells.iterator();
        int[] number = {0};
        return new SheetSource() {
            @Override
            public SheetRow next() {
                return it.hasNext() ? new SheetRow(++number[0], it.next()) : null;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    private void step(String title) {
        out.println();
        out.println("== " + title);
    }

    private void say(String format, Object... args) {
        out.println("   " + String.format(format, args));
    }
}
