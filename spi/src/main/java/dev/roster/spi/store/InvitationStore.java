package dev.roster.spi.store;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invitations. At most one PENDING invitation per canonical email and tenant: an insert or update
 * that would make a second one throws DUPLICATE_PENDING_INVITATION, whatever the interleaving.
 */
public interface InvitationStore {
    Optional<Invitation> find(TenantId tenant, InvitationId id);

    Optional<Invitation> findByTokenHash(TenantId tenant, String tokenHash);

    /** The PENDING invitation for this canonical email, overdue or not. */
    Optional<Invitation> findPending(TenantId tenant, String canonicalEmail);

    /** Every invitation for this canonical email, of any status, oldest first (for erasure and data exports). */
    List<Invitation> findByEmail(TenantId tenant, String canonicalEmail);

    /** The PENDING invitations for any of these canonical emails (for batch checks). */
    List<Invitation> findPendingByEmails(TenantId tenant, Collection<String> canonicalEmails);

    /** @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_PENDING_INVITATION or DUPLICATE_ID */
    void insert(Invitation invitation);

    /** Inserts all, as {@link #insert} would one by one; a failure leaves the unit to roll back. */
    void insertAll(List<Invitation> invitations);

    /**
     * Writes {@code invitation} if the stored version equals its version, advancing it by one.
     *
     * @throws dev.roster.spi.error.StaleVersionException otherwise
     */
    Invitation update(Invitation invitation);

    Page<Invitation> search(InvitationQuery query);

    /** Invitations per status as of {@code now}: an overdue PENDING one counts as EXPIRED. */
    Map<InvitationStatus, Long> countByStatus(TenantId tenant, Instant now);

    /** PENDING invitations whose expiry is at or before {@code now}, oldest expiry first. */
    List<Invitation> findOverdue(TenantId tenant, Instant now, int limit);
}
