package dev.roster.core.internal;

import dev.roster.core.audit.AuditActions;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.User;
import dev.roster.spi.store.AuditQuery;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything Roster holds about one person outside the user's own row: the audit entries about the
 * user, the addresses it has had (the current one and those its audit entries show it changed
 * from), the invitations sent to those addresses and the audit entries about them. Erasure and the
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
        for (String key : emailKeys(user, aboutUser)) {
            for (Invitation invitation : tx.invitations().findByEmail(user.tenantId(), key)) {
                invitations.put(invitation, about(tx, user, AuditActions.TARGET_INVITATION, invitation.id().toString()));
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

    /** Invitations sent to any address the user has had, oldest first, each with the audit entries about it. */
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

    private static Set<String> emailKeys(User user, List<AuditEntry> aboutUser) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(user.email().canonical());
        for (AuditEntry entry : aboutUser) {
            String email = entry.details().get("email");
            if (email != null) {
                for (String spelling : email.split(CHANGED_TO)) {
                    try {
                        keys.add(EmailAddress.of(spelling).canonical());
                    } catch (IllegalArgumentException notAnAddress) {
                        // an erased or cut value: nothing to look for
                    }
                }
            }
        }
        return keys;
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
