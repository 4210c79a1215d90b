package dev.roster.spi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An invitation to join a tenant, as stored. The raw token is never stored: {@code tokenHash} is its
 * SHA-256 (hex), looked up by tenant. {@code resolvedAt} is when it left {@link InvitationStatus#PENDING};
 * {@code expiresAt} is null when invitations never expire. Change it with {@link #toBuilder()}.
 */
public record Invitation(
        InvitationId id,
        TenantId tenantId,
        EmailAddress email,
        String tokenHash,
        Set<RoleId> roles,
        String userType,
        Map<Permission, Effect> permissionFlags,
        InviteeProfile invitee,
        String message,
        UserId invitedBy,
        InvitationStatus status,
        Instant createdAt,
        Instant expiresAt,
        Instant lastSentAt,
        int resendCount,
        Instant resolvedAt,
        UserId acceptedUserId,
        long version) {

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userType, "userType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSentAt, "lastSentAt");
        roles = Set.copyOf(roles);
        permissionFlags = Map.copyOf(permissionFlags);
        invitee = invitee == null ? InviteeProfile.EMPTY : invitee;
        if (status.isFinal() != (resolvedAt != null)) {
            throw new IllegalArgumentException("invitation " + id + ": resolvedAt must be set exactly when the status is final");
        }
    }

    /** True when the invitation is pending but its expiry has passed at {@code now}. */
    public boolean isOverdue(Instant now) {
        return status == InvitationStatus.PENDING && expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The status as of {@code now}: a pending invitation past its expiry reads as EXPIRED. */
    public InvitationStatus statusAt(Instant now) {
        return isOverdue(now) ? InvitationStatus.EXPIRED : status;
    }

    /**
     * The invitation as it reads at {@code now}: a pending one past its expiry reads as EXPIRED,
     * resolved at its expiry, whether or not a sweep has stored that yet. Anything else is itself.
     */
    public Invitation asOf(Instant now) {
        return isOverdue(now) ? toBuilder().status(InvitationStatus.EXPIRED).resolvedAt(expiresAt).build() : this;
    }

    /** This invitation at another version; stores use it to advance the version on update. */
    public Invitation withVersion(long newVersion) {
        return new Invitation(id, tenantId, email, tokenHash, roles, userType, permissionFlags, invitee, message, invitedBy, status,
                createdAt, expiresAt, lastSentAt, resendCount, resolvedAt, acceptedUserId, newVersion);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The token hash is a lookup key, not for logs. */
    @Override
    public String toString() {
        return "Invitation[id=" + id + ", tenantId=" + tenantId + ", email=" + email + ", status=" + status
                + ", roles=" + roles + ", userType=" + userType + ", createdAt=" + createdAt + ", expiresAt=" + expiresAt
                + ", resendCount=" + resendCount + ", version=" + version + "]";
    }

    /** Copies an invitation with some fields changed. */
    public static final class Builder {
        private final Invitation base;
        private EmailAddress email;
        private InviteeProfile invitee;
        private String message;
        private UserId invitedBy;
        private String tokenHash;
        private InvitationStatus status;
        private Instant expiresAt;
        private Instant lastSentAt;
        private int resendCount;
        private Instant resolvedAt;
        private UserId acceptedUserId;

        private Builder(Invitation base) {
            this.base = base;
            this.email = base.email;
            this.invitee = base.invitee;
            this.message = base.message;
            this.invitedBy = base.invitedBy;
            this.tokenHash = base.tokenHash;
            this.status = base.status;
            this.expiresAt = base.expiresAt;
            this.lastSentAt = base.lastSentAt;
            this.resendCount = base.resendCount;
            this.resolvedAt = base.resolvedAt;
            this.acceptedUserId = base.acceptedUserId;
        }

        /** Only to erase the person it was addressed to; an invitation is never readdressed otherwise. */
        public Builder email(EmailAddress value) { this.email = value; return this; }
        public Builder invitee(InviteeProfile value) { this.invitee = value; return this; }
        public Builder message(String value) { this.message = value; return this; }
        public Builder invitedBy(UserId value) { this.invitedBy = value; return this; }
        public Builder tokenHash(String value) { this.tokenHash = value; return this; }
        public Builder status(InvitationStatus value) { this.status = value; return this; }
        public Builder expiresAt(Instant value) { this.expiresAt = value; return this; }
        public Builder lastSentAt(Instant value) { this.lastSentAt = value; return this; }
        public Builder resendCount(int value) { this.resendCount = value; return this; }
        public Builder resolvedAt(Instant value) { this.resolvedAt = value; return this; }
        public Builder acceptedUserId(UserId value) { this.acceptedUserId = value; return this; }

        public Invitation build() {
            return new Invitation(base.id, base.tenantId, email, tokenHash, base.roles, base.userType,
                    base.permissionFlags, invitee, message, invitedBy, status, base.createdAt, expiresAt,
                    lastSentAt, resendCount, resolvedAt, acceptedUserId, base.version);
        }
    }
}
