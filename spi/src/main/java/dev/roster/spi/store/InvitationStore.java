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
    /**
     * An invitation of the tenant.
     *
     * @param tenant the tenant
     * @param id the invitation
     * @return the invitation, or empty
     */
    Optional<Invitation> find(TenantId tenant, InvitationId id);

    /**
     * The invitation whose current token has this hash.
     *
     * @param tenant the tenant
     * @param tokenHash the hash
     * @return the invitation, or empty
     */
    Optional<Invitation> findByTokenHash(TenantId tenant, String tokenHash);

    /**
     * The PENDING invitation for this canonical email, overdue or not.
     *
     * @param tenant the tenant
     * @param canonicalEmail the key
     * @return the invitation, or empty
     */
    Optional<Invitation> findPending(TenantId tenant, String canonicalEmail);

    /**
     * Every invitation for this canonical email, of any status, oldest first (for erasure and data exports).
     *
     * @param tenant the tenant
     * @param canonicalEmail the key
     * @return the invitations
     */
    List<Invitation> findByEmail(TenantId tenant, String canonicalEmail);

    /**
     * The PENDING invitations for any of these canonical emails (for batch checks).
     *
     * @param tenant the tenant
     * @param canonicalEmails the keys
     * @return the invitations
     */
    List<Invitation> findPendingByEmails(TenantId tenant, Collection<String> canonicalEmails);

    /**
     * Inserts an invitation.
     *
     * @param invitation the invitation
     * @throws dev.roster.spi.error.DuplicateKeyException DUPLICATE_PENDING_INVITATION or DUPLICATE_ID
     */
    void insert(Invitation invitation);

    /**
     * Inserts all, as {@link #insert} would one by one; a failure leaves the unit to roll back.
     *
     * @param invitations the invitations
     */
    void insertAll(List<Invitation> invitations);

    /**
     * Writes {@code invitation} if the stored version equals its version, advancing it by one.
     *
     * @param invitation the invitation
     * @return the stored invitation with its new version
     * @throws dev.roster.spi.error.StaleVersionException otherwise
     */
    Invitation update(Invitation invitation);

    /**
     * A page of the tenant's invitations, as {@link InvitationQuery} describes.
     *
     * @param query the filters and position
     * @return the page
     */
    Page<Invitation> search(InvitationQuery query);

    /**
     * Invitations per status as of {@code now}: an overdue PENDING one counts as EXPIRED.
     *
     * @param tenant the tenant
     * @param now the instant to judge at
     * @return the counts; statuses with none may be left out
     */
    Map<InvitationStatus, Long> countByStatus(TenantId tenant, Instant now);

    /**
     * PENDING invitations whose expiry is at or before {@code now}, oldest expiry first.
     *
     * @param tenant the tenant
     * @param now the instant to judge at
     * @param limit the most to return
     * @return the invitations
     */
    List<Invitation> findOverdue(TenantId tenant, Instant now, int limit);
}
