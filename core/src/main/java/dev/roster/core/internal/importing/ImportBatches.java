package dev.roster.core.internal.importing;

import dev.roster.core.access.Actor;
import dev.roster.core.importing.CellError;
import dev.roster.core.importing.ImportOptions;
import dev.roster.core.importing.RowOutcome;
import dev.roster.core.importing.RowStatus;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Guards;
import dev.roster.core.internal.InvitationIssuer;
import dev.roster.core.internal.InvitationIssuer.Invitee;
import dev.roster.core.internal.InvitationIssuer.Issued;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.importing.RowReader.Checked;
import dev.roster.core.invitation.BatchInviteResult.Rejected;
import dev.roster.core.policy.Operation;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's side of an import, a batch of valid rows at a time: who is a member or invited
 * already, whose external ID is taken, how many seats are free, and, when applying, the invitations
 * themselves, each batch one unit of work under the tenant lock, through the path a batch
 * invitation takes.
 */
public final class ImportBatches {
    private final RosterContext ctx;
    private final AdminOperations ops;
    private final InvitationIssuer issuer;
    private final Guards guards;
    private final Actor actor;
    private long dryRunSeatsLeft = -1;
    // Seats the rows this file invited hold, even where the seat rule does not count open invitations.
    private long seatsHeldByFile;

    public ImportBatches(RosterContext ctx, AdminOperations ops, InvitationIssuer issuer, Guards guards, Actor actor) {
        this.ctx = ctx;
        this.ops = ops;
        this.issuer = issuer;
        this.guards = guards;
        this.actor = actor;
    }

    RowReader reader(ImportColumns columns, ImportOptions options) {
        return new RowReader(ctx.validator(), issuer, ctx.policy(), columns, options);
    }

    /** What inviting the batch would do now, changing nothing; free seats are counted down across the whole file. */
    List<RowOutcome> check(RowReader reader, List<ImportRow> batch) {
        return ctx.store().read(tx -> {
            Instant now = ctx.clock().instant();
            if (dryRunSeatsLeft < 0) {
                dryRunSeatsLeft = freeSeats(tx, tx.tenants().find(actor.tenant()).orElseThrow(), now, 0);
            }
            List<RowOutcome> out = new ArrayList<>();
            List<ImportRow> open = screen(tx, reader, batch, now, out, new ArrayList<>());
            for (ImportRow row : open) {
                boolean seat = takesSeat(row.command().userType());
                if (seat && dryRunSeatsLeft <= 0) {
                    out.add(ImportRun.outcome(row, RowStatus.SEAT_LIMIT, 0, List.of(), null));
                } else {
                    dryRunSeatsLeft -= seat ? 1 : 0;
                    out.add(ImportRun.outcome(row, RowStatus.WOULD_INVITE, 0, List.of(), null));
                }
            }
            return out;
        });
    }

    /**
     * Invites the batch in one unit of work, checking each row again against the actor's rights
     * and the tenant as they are now; rows past the free seats are left out.
     */
    List<RowOutcome> invite(RowReader reader, List<ImportRow> batch) {
        Settled done = ops.run(actor, Operation.INVITE, true, (tx, acting, now) -> {
            List<RowOutcome> settled = new ArrayList<>();
            List<ImportRow> allowed = new ArrayList<>();
            Map<ImportRow, Checked> specs = new HashMap<>();
            for (ImportRow row : batch) {
                Checked checked = reader.check(acting, row.command(), now);
                if (checked.errors().isEmpty()) {
                    allowed.add(row);
                    specs.put(row, checked);
                } else {
                    settled.add(ImportRun.outcome(row, RowStatus.INVALID, 0, checked.errors(), null));
                }
            }
            List<Invitation> overdue = new ArrayList<>();
            List<ImportRow> open = screen(tx, reader, allowed, now, settled, overdue);
            overdue.forEach(invitation -> issuer.expire(tx, acting, invitation, now)); // as a single invite replaces one
            long free = freeSeats(tx, acting.tenant(), now, seatsHeldByFile);
            List<ImportRow> going = new ArrayList<>();
            List<Invitee> invitees = new ArrayList<>();
            for (ImportRow row : open) {
                boolean seat = takesSeat(row.command().userType());
                if (seat && free <= 0) {
                    settled.add(ImportRun.outcome(row, RowStatus.SEAT_LIMIT, 0, List.of(), null));
                } else {
                    free -= seat ? 1 : 0;
                    going.add(row);
                    invitees.add(new Invitee(row.email(), specs.get(row).spec()));
                }
            }
            List<Issued> issued = invitees.isEmpty() ? List.of() : issuer.issueEach(tx, acting, invitees, now);
            for (int i = 0; i < issued.size(); i++) {
                settled.add(ImportRun.outcome(going.get(i), RowStatus.INVITED, 0, List.of(), issued.get(i).invitation().id()));
            }
            return new Settled(settled, issuer.seatsTaken(invitees));
        });
        ctx.mail().wake();
        ctx.events().invitationsIssued(actor.tenant(), (int) done.outcomes().stream().filter(o -> o.status() == RowStatus.INVITED).count());
        seatsHeldByFile += done.seats();
        return done.outcomes();
    }

    /**
     * Settles rows whose address is a member's or invited already, or whose external ID a member
     * holds; returns the rest, and adds the overdue invitations in their way to {@code overdue}.
     */
    private List<ImportRow> screen(StoreTransaction tx, RowReader reader, List<ImportRow> rows, Instant now, List<RowOutcome> settled,
            List<Invitation> overdue) {
        List<EmailAddress> emails = rows.stream().map(ImportRow::email).toList();
        Map<Integer, Rejected> rejected = new HashMap<>();
        InvitationIssuer.Screened screened = issuer.screen(tx, actor.tenant(), emails, now);
        overdue.addAll(screened.overdue());
        for (Rejected r : screened.rejected()) {
            rejected.put(r.index(), r);
        }
        List<String> externalIds = rows.stream().map(ImportRow::externalId).filter(java.util.Objects::nonNull).toList();
        java.util.Set<String> takenIds = externalIds.isEmpty() ? java.util.Set.of() : tx.users().findByExternalIds(actor.tenant(), externalIds)
                .stream().map(u -> u.profile().externalId()).collect(java.util.stream.Collectors.toSet());
        List<ImportRow> open = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            Rejected r = rejected.get(i);
            if (r != null) {
                RowStatus status = r.code() == ErrorCode.ALREADY_MEMBER ? RowStatus.ALREADY_MEMBER : RowStatus.ALREADY_INVITED;
                settled.add(ImportRun.outcome(row, status, 0, List.of(), null));
            } else if (row.externalId() != null && takenIds.contains(row.externalId())) {
                CellError taken = reader.error(reader.column(ImportField.EXTERNAL_ID), "is the external ID of a member already");
                settled.add(ImportRun.outcome(row, RowStatus.INVALID, 0, List.of(taken), null));
            } else {
                open.add(row);
            }
        }
        return open;
    }

    /** A batch's outcomes, and the seats its invitations take. */
    private record Settled(List<RowOutcome> outcomes, long seats) {
    }

    private long freeSeats(StoreTransaction tx, Tenant tenant, Instant now, long heldByFile) {
        if (tenant.seatLimit() == null) {
            return Long.MAX_VALUE;
        }
        long heldByThisFile = ctx.policy().seatRule().countPendingInvitations() ? 0 : heldByFile;
        return tenant.seatLimit() - guards.seatsUsed(tx, tenant.id(), now) - heldByThisFile;
    }

    private boolean takesSeat(String userType) {
        return guards.takesSeat(UserStatus.ACTIVE, userType == null ? ctx.policy().defaultUserType() : userType);
    }
}
