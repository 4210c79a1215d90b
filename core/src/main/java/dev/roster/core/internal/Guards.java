package dev.roster.core.internal;

import dev.roster.core.error.ConflictException;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.SeatRule;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.StatusTypeCount;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.store.TenantCounts;
import java.time.Instant;
import java.util.List;

/**
 * The tenant-wide invariants: one active admin always remains, and seat usage stays within the
 * seat limit. Callers hold the tenant lock ({@link Authorizer#authorize} with {@code lockTenant}),
 * so two units cannot both pass a check that only one of them may pass.
 */
public final class Guards {
    private final Policy policy;

    public Guards(Policy policy) {
        this.policy = policy;
    }

    /** Rejects a change of one user that would leave the tenant without an active admin. */
    public void keepAnAdmin(StoreTransaction tx, User before, User after) {
        boolean wasActiveAdmin = before.status() == UserStatus.ACTIVE && before.admin();
        boolean staysActiveAdmin = after != null && after.status() == UserStatus.ACTIVE && after.admin();
        if (wasActiveAdmin && !staysActiveAdmin && tx.users().countActiveAdmins(before.tenantId()) <= 1) {
            throw new ConflictException(ErrorCode.LAST_ADMIN,
                    "user " + before.id() + " is the last active admin of tenant " + before.tenantId());
        }
    }

    /** Whether a user in this state occupies a seat under the policy. */
    public boolean takesSeat(UserStatus status, String userType) {
        return policy.seatRule().counts(status, userType);
    }

    /** Rejects a change that adds {@code extraSeats} when that would pass the tenant's seat limit. */
    public void seatsAvailable(StoreTransaction tx, Tenant tenant, Instant now, long extraSeats) {
        if (tenant.seatLimit() == null || extraSeats <= 0) {
            return;
        }
        long used = seatsUsed(tx, tenant.id(), now);
        if (used + extraSeats > tenant.seatLimit()) {
            throw new ConflictException(ErrorCode.SEAT_LIMIT_EXCEEDED, "tenant " + tenant.id() + " uses " + used + " of "
                    + tenant.seatLimit() + " seats; " + extraSeats + " more do not fit");
        }
    }

    /** Seats in use: counted users plus, where the policy says so, open invitations. */
    public long seatsUsed(StoreTransaction tx, TenantId tenant, Instant now) {
        SeatRule rule = policy.seatRule();
        long used = 0;
        List<StatusTypeCount> users;
        if (rule.countPendingInvitations()) {
            TenantCounts counts = tx.counts(tenant, now); // one round trip where the store can
            users = counts.users();
            used += counts.invitations().getOrDefault(InvitationStatus.PENDING, 0L);
        } else {
            users = tx.userQueries().countByStatusAndType(tenant, now);
        }
        for (StatusTypeCount c : users) {
            if (rule.counts(c.status(), c.userType())) {
                used += c.count();
            }
        }
        return used;
    }
}
