package dev.roster.adapters.inmemory;

import dev.roster.adapters.inmemory.InMemoryData.Key;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.InvitationKeyset;
import dev.roster.spi.store.InvitationQuery;
import dev.roster.spi.store.InvitationStore;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Invitations, with a token index and a unique index of pending invitations by email. */
final class InMemoryInvitationStore implements InvitationStore {
    private static final Comparator<Invitation> NEWEST_FIRST =
            Comparator.comparing(Invitation::createdAt).thenComparing(Invitation::id).reversed();

    private final InMemoryData data;

    InMemoryInvitationStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, InvitationId id) {
        return Optional.ofNullable(data.invitations.get(id)).filter(i -> i.tenantId().equals(tenant));
    }

    @Override
    public Optional<Invitation> findByTokenHash(TenantId tenant, String tokenHash) {
        return Optional.ofNullable(data.invitationByToken.get(new Key(tenant, tokenHash))).map(data.invitations::get);
    }

    @Override
    public Optional<Invitation> findPending(TenantId tenant, String canonicalEmail) {
        return Optional.ofNullable(data.pendingByEmail.get(new Key(tenant, canonicalEmail))).map(data.invitations::get);
    }

    @Override
    public List<Invitation> findByEmail(TenantId tenant, String canonicalEmail) {
        return tenantInvitations(tenant).filter(i -> i.email().canonical().equals(canonicalEmail)).sorted(NEWEST_FIRST.reversed()).toList();
    }

    @Override
    public List<Invitation> findPendingByEmails(TenantId tenant, Collection<String> canonicalEmails) {
        return canonicalEmails.stream().distinct().map(e -> findPending(tenant, e)).flatMap(Optional::stream).toList();
    }

    @Override
    public void insert(Invitation invitation) {
        StoredValues.check(invitation);
        if (data.invitations.containsKey(invitation.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_ID, "invitation " + invitation.id() + " already exists");
        }
        checkPendingUnique(invitation);
        data.invitations.put(invitation.id(), invitation);
        index(invitation);
    }

    @Override
    public void insertAll(List<Invitation> invitations) {
        invitations.forEach(this::insert);
    }

    @Override
    public Invitation update(Invitation invitation) {
        StoredValues.check(invitation);
        Invitation stored = data.invitations.get(invitation.id());
        if (stored == null || !stored.tenantId().equals(invitation.tenantId()) || stored.version() != invitation.version()) {
            throw new StaleVersionException("invitation", invitation.id(), invitation.version());
        }
        checkPendingUnique(invitation);
        unindex(stored);
        Invitation next = invitation.withVersion(invitation.version() + 1);
        data.invitations.put(next.id(), next);
        index(next);
        return next;
    }

    @Override
    public Page<Invitation> search(InvitationQuery q) {
        List<Invitation> found = tenantInvitations(q.tenant())
                .filter(i -> q.statuses().isEmpty() || q.statuses().contains(i.statusAt(q.now())))
                .filter(i -> q.text() == null || Text.contains(i.email().canonical(), q.text()))
                .filter(i -> q.after() == null || isAfter(i, q.after()))
                .sorted(NEWEST_FIRST)
                .limit(q.limit() + 1L)
                .toList();
        return Page.ofOneMore(found, q.limit());
    }

    @Override
    public Map<InvitationStatus, Long> countByStatus(TenantId tenant, Instant now) {
        Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
        tenantInvitations(tenant).forEach(i -> counts.merge(i.statusAt(now), 1L, Long::sum));
        return counts;
    }

    @Override
    public List<Invitation> findOverdue(TenantId tenant, Instant now, int limit) {
        return tenantInvitations(tenant)
                .filter(i -> i.isOverdue(now))
                .sorted(Comparator.comparing(Invitation::expiresAt).thenComparing(Invitation::id))
                .limit(limit)
                .toList();
    }

    /** Newest first: "after" the keyset means older, or as old with a smaller id. */
    private static boolean isAfter(Invitation i, InvitationKeyset k) {
        int byTime = i.createdAt().compareTo(k.createdAt());
        return byTime < 0 || (byTime == 0 && i.id().compareTo(k.id()) < 0);
    }

    private Stream<Invitation> tenantInvitations(TenantId tenant) {
        return data.invitations.values().stream().filter(i -> i.tenantId().equals(tenant));
    }

    private void checkPendingUnique(Invitation invitation) {
        if (invitation.status() != InvitationStatus.PENDING) {
            return;
        }
        InvitationId other = data.pendingByEmail.get(new Key(invitation.tenantId(), invitation.email().canonical()));
        if (other != null && !other.equals(invitation.id())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_PENDING_INVITATION,
                    invitation.email() + " already has a pending invitation in tenant " + invitation.tenantId());
        }
    }

    private void index(Invitation invitation) {
        data.invitationByToken.put(new Key(invitation.tenantId(), invitation.tokenHash()), invitation.id());
        if (invitation.status() == InvitationStatus.PENDING) {
            data.pendingByEmail.put(new Key(invitation.tenantId(), invitation.email().canonical()), invitation.id());
        }
    }

    private void unindex(Invitation invitation) {
        data.invitationByToken.remove(new Key(invitation.tenantId(), invitation.tokenHash()));
        if (invitation.status() == InvitationStatus.PENDING) {
            data.pendingByEmail.remove(new Key(invitation.tenantId(), invitation.email().canonical()));
        }
    }
}
