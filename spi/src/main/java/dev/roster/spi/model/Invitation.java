package dev.roster.spi.model;

import java.time.Instant;
import java.util.Locale;
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

    /**
     * Checks the fields, copies the collections, and requires {@code resolvedAt} exactly when the status is final.
     *
     * @param id the id
     * @param tenantId the tenant id
     * @param email the email
     * @param tokenHash the token hash
     * @param roles the roles
     * @param userType the user type
     * @param permissionFlags the permission flags
     * @param invitee the invitee
     * @param message the message
     * @param invitedBy the invited by
     * @param status the status
     * @param createdAt the created at
     * @param expiresAt the expires at
     * @param lastSentAt the last sent at
     * @param resendCount the resend count
     * @param resolvedAt the resolved at
     * @param acceptedUserId the accepted user id
     * @param version the version
     */
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

    /**
     * Whether the invitation is pending but its expiry has passed.
     *
     * @param now the instant to judge at
     * @return true when pending and at or past its expiry
     */
    public boolean isOverdue(Instant now) {
        return status == InvitationStatus.PENDING && expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * The status as of {@code now}: a pending invitation past its expiry reads as EXPIRED.
     *
     * @param now the instant to judge at
     * @return the status it reads as
     */
    public InvitationStatus statusAt(Instant now) {
        return isOverdue(now) ? InvitationStatus.EXPIRED : status;
    }

    /**
     * The invitation as it reads at {@code now}: a pending one past its expiry reads as EXPIRED,
     * resolved at its expiry, whether or not a sweep has stored that yet. Anything else is itself.
     *
     * @param now the instant to judge at
     * @return the invitation as it reads then
     */
    public Invitation asOf(Instant now) {
        return isOverdue(now) ? toBuilder().status(InvitationStatus.EXPIRED).resolvedAt(expiresAt).build() : this;
    }

    /**
     * The key a people list sorts an invitee by under "name": its {@link InviteeProfile#shownName()} lower-cased
     * as a member's {@link Profile#sortName()} is, or its canonical address when the inviter gave no name.
     *
     * @return the key
     */
    public String sortName() {
        String name = invitee.shownName();
        return name == null ? email.canonical() : name.toLowerCase(Locale.ROOT);
    }

    /**
     * This invitation at another version; stores use it to advance the version on update.
     *
     * @param newVersion the version
     * @return the invitation at that version
     */
    public Invitation withVersion(long newVersion) {
        return new Invitation(id, tenantId, email, tokenHash, roles, userType, permissionFlags, invitee, message, invitedBy, status,
                createdAt, expiresAt, lastSentAt, resendCount, resolvedAt, acceptedUserId, newVersion);
    }

    /** {@return a builder that copies this invitation with some fields changed} */
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

        /**
         * Sets the address; only to erase the person it was addressed to, an invitation is never readdressed otherwise.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder email(EmailAddress value) { this.email = value; return this; }
        /**
         * Sets what the inviter filled in ahead.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder invitee(InviteeProfile value) { this.invitee = value; return this; }
        /**
         * Sets the personal message.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder message(String value) { this.message = value; return this; }
        /**
         * Sets who vouches for the invitation: who sent it last.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder invitedBy(UserId value) { this.invitedBy = value; return this; }
        /**
         * Sets the stored hash of the current token.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder tokenHash(String value) { this.tokenHash = value; return this; }
        /**
         * Sets the status.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder status(InvitationStatus value) { this.status = value; return this; }
        /**
         * Sets the expiry; null for never.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder expiresAt(Instant value) { this.expiresAt = value; return this; }
        /**
         * Sets when it was last sent.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder lastSentAt(Instant value) { this.lastSentAt = value; return this; }
        /**
         * Sets how often it was sent again.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder resendCount(int value) { this.resendCount = value; return this; }
        /**
         * Sets when it left PENDING.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder resolvedAt(Instant value) { this.resolvedAt = value; return this; }
        /**
         * Sets the user its acceptance made.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder acceptedUserId(UserId value) { this.acceptedUserId = value; return this; }

        /** {@return the invitation with the fields set} */
        public Invitation build() {
            return new Invitation(base.id, base.tenantId, email, tokenHash, base.roles, base.userType,
                    base.permissionFlags, invitee, message, invitedBy, status, base.createdAt, expiresAt,
                    lastSentAt, resendCount, resolvedAt, acceptedUserId, base.version);
        }
    }
}
