package dev.roster.core.internal;

import dev.roster.core.audit.AuditActions;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.User;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything Roster holds about one person outside the user's own row: the audit entries about the
 * user, the invitations sent to that person, and the audit entries about those. An address can pass
 * from one person to another, so an invitation is the person's only when it was accepted into this
 * account, or, accepted by nobody, was sent while the person held its address (for the address the
 * account began with: since the last time another account took that address). Erasure and the
 * personal-data export read it the same way.
 */
public final class PersonalRecords {
    /** Detail keys that name or describe a person; roles, statuses, ids, times and reasons are not among them. */
    public static final Set<String> PERSONAL_DETAILS = Set.of("email", "firstName", "lastName", "displayName", "username", "phone",
            "timezone", "externalId", "dateOfBirth", "attributes");

    private static final int PAGE = 500;
    private static final String CHANGED_TO = " -> ";

    private final User user;
    private final List<AuditEntry> aboutUser;
    private final Map<Invitation, List<AuditEntry>> invitations;

    private PersonalRecords(User user, List<AuditEntry> aboutUser, Map<Invitation, List<AuditEntry>> invitations) {
        this.user = user;
        this.aboutUser = aboutUser;
        this.invitations = invitations;
    }

    /** Reads the records of {@code user} in its tenant. */
    public static PersonalRecords of(StoreTransaction tx, User user) {
        List<AuditEntry> aboutUser = about(tx, user, AuditActions.TARGET_USER, user.id().toString());
        Map<Invitation, List<AuditEntry>> invitations = new LinkedHashMap<>();
        for (Holding holding : holdings(user, aboutUser)) {
            List<Invitation> sent = tx.invitations().findByEmail(user.tenantId(), holding.key());
            Instant since = holding.first() ? lastTakenByAnother(sent, user) : holding.from();
            for (Invitation invitation : sent) {
                boolean accepted = invitation.acceptedUserId() != null;
                boolean ours = accepted ? invitation.acceptedUserId().equals(user.id())
                        : !invitation.createdAt().isBefore(since) && invitation.createdAt().isBefore(holding.until());
                if (ours) {
                    invitations.putIfAbsent(invitation, about(tx, user, AuditActions.TARGET_INVITATION, invitation.id().toString()));
                }
            }
        }
        return new PersonalRecords(user, aboutUser, invitations);
    }

    public User user() {
        return user;
    }

    /** Audit entries whose target is the user, newest first. */
    public List<AuditEntry> auditAboutUser() {
        return aboutUser;
    }

    /** Invitations sent to this person, each with the audit entries about it. */
    public Map<Invitation, List<AuditEntry>> invitations() {
        return invitations;
    }

    /** The details with every personal value replaced by {@code replacement}; the same map when there is none. */
    public static Map<String, String> withoutPersonalData(Map<String, String> details, String replacement) {
        if (details.keySet().stream().noneMatch(PERSONAL_DETAILS::contains)) {
            return details;
        }
        Map<String, String> cleaned = new LinkedHashMap<>();
        details.forEach((k, v) -> cleaned.put(k, PERSONAL_DETAILS.contains(k) ? replacement : v));
        return cleaned;
    }

    /** One address the user held, from when until when; the first one it held has no known start. */
    private record Holding(String key, boolean first, Instant from, Instant until) {
    }

    /** The addresses the user held, oldest first, from the email changes its audit entries record. */
    private static List<Holding> holdings(User user, List<AuditEntry> aboutUser) {
        List<AuditEntry> oldestFirst = new ArrayList<>(aboutUser);
        Collections.reverse(oldestFirst);
        List<Holding> holdings = new ArrayList<>();
        String key = null;
        Instant from = Instant.MIN;
        for (AuditEntry entry : oldestFirst) {
            String email = entry.details().get("email");
            if (email == null || !email.contains(CHANGED_TO)) {
                continue;
            }
            String[] change = email.split(CHANGED_TO, 2);
            String was = keyOf(change[0]);
            holdings.add(new Holding(key == null ? was : key, holdings.isEmpty(), from, entry.at()));
            key = keyOf(change[1]);
            from = entry.at();
        }
        holdings.add(new Holding(user.email().canonical(), holdings.isEmpty(), from, Instant.MAX));
        return holdings;
    }

    /** When another account last took this address by accepting an invitation to it; invitations before that were its. */
    private static Instant lastTakenByAnother(List<Invitation> sent, User user) {
        Instant since = Instant.MIN;
        for (Invitation i : sent) {
            if (i.acceptedUserId() != null && !i.acceptedUserId().equals(user.id()) && i.resolvedAt().isAfter(since)) {
                since = i.resolvedAt();
            }
        }
        return since;
    }

    private static String keyOf(String spelling) {
        try {
            return EmailAddress.of(spelling).canonical();
        } catch (IllegalArgumentException notAnAddressAnyMore) {
            return spelling.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static List<AuditEntry> about(StoreTransaction tx, User user, String targetType, String targetId) {
        List<AuditEntry> all = new ArrayList<>();
        AuditEntry last = null;
        Page<AuditEntry> page;
        do {
            page = tx.audit().query(new AuditQuery(user.tenantId(), null, null, targetType, targetId, null,
                    last == null ? null : last.at(), last == null ? null : last.id(), PAGE));
            all.addAll(page.items());
            last = page.items().isEmpty() ? null : page.items().get(page.items().size() - 1);
        } while (page.hasMore() && last != null);
        return all;
    }
}
