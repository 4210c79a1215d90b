package dev.roster.core.invitation;

import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.RoleId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the invitation page shows before the person decides. Reading it changes nothing: a mail
 * scanner that opens the link does not accept the invitation. A link that can no longer be used
 * shows only its status ({@link #isOpen()} false, no details): whoever holds an old link learns
 * nothing about the person, the roles, the message or the inviter.
 */
public record InvitationPreview(InvitationStatus status, Optional<Details> details) {
    /**
     * Requires both.
     *
     * @param status the status
     * @param details the details
     */
    public InvitationPreview {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(details, "details");
    }

    /**
     * An invitation that can still be answered, with what its page shows.
     *
     * @param details what the page shows
     * @return the preview
     */
    public static InvitationPreview open(Details details) {
        return new InvitationPreview(InvitationStatus.PENDING, Optional.of(details));
    }

    /**
     * A link that can no longer be used: its status and nothing else.
     *
     * @param status the status it reads as
     * @return the preview
     */
    public static InvitationPreview closed(InvitationStatus status) {
        return new InvitationPreview(status, Optional.empty());
    }

    /** {@return whether the invitation can still be accepted or declined} */
    public boolean isOpen() {
        return details.isPresent();
    }

    /** What an open invitation shows. */
    public record Details(
            String tenantName,
            String email,
            Set<RoleId> roles,
            String userType,
            Optional<String> message,
            String inviterName,
            Optional<Instant> expiresAt) {

        /**
         * Copies the roles.
         *
         * @param tenantName the tenant's name
         * @param email the address invited
         * @param roles the roles it gives
         * @param userType the user type it gives
         * @param message the inviter's personal message, if any
         * @param inviterName who sent it last
         * @param expiresAt when it expires, if ever
         */
        public Details {
            roles = Set.copyOf(roles);
        }
    }
}
