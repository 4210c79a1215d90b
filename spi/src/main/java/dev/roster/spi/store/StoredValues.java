package dev.roster.spi.store;

import dev.roster.spi.access.Credential;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.access.Session;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Deletion;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.outbox.OutboxMessage;
import dev.roster.spi.model.User;
import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a store must refuse before it writes a record, written once so that every store refuses the
 * same values the same way ({@link InvalidValueException}, naming the field): text that breaks
 * {@link TextRules} or its {@link Limits}, and dates or instants outside the range every store can
 * hold. A store calls the check for each record it inserts or updates; the contract tests that it does.
 */
public final class StoredValues {
    private StoredValues() {
    }

    /**
     * Refuses a user no store can hold as given.
     *
     * @param user the record
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(User user) {
        Profile p = user.profile();
        text("email", user.email().value(), TextKind.LINE, Limits.EMAIL);
        text("profile.firstName", p.firstName(), TextKind.LINE, Limits.NAME);
        text("profile.lastName", p.lastName(), TextKind.LINE, Limits.NAME);
        text("profile.displayName", p.displayName(), TextKind.LINE, Limits.NAME);
        text("profile.username", p.username(), TextKind.IDENTIFIER, Limits.USERNAME);
        text("profile.phone", p.phone(), TextKind.LINE, Limits.PHONE);
        text("profile.externalId", p.externalId(), TextKind.IDENTIFIER, Limits.EXTERNAL_ID);
        day("profile.dateOfBirth", p.dateOfBirth());
        text("userType", user.userType(), TextKind.IDENTIFIER, Limits.USER_TYPE);
        text("registration.referrerUrl", user.registration().referrerUrl(), TextKind.LINE, Limits.URL);
        text("registration.promoCode", user.registration().promoCode(), TextKind.IDENTIFIER, Limits.CODE);
        text("registration.referralCode", user.registration().referralCode(), TextKind.IDENTIFIER, Limits.CODE);
        entries("attributes", user.attributes(), Limits.ATTRIBUTE_KEY, Limits.ATTRIBUTE_VALUE);
        instant("createdAt", user.createdAt());
        instant("updatedAt", user.updatedAt());
        instant("lastLoginAt", user.lastLoginAt());
        Deletion deletion = user.deletion();
        if (deletion != null) {
            instant("deletion.deletedAt", deletion.deletedAt());
            instant("deletion.purgeAfter", deletion.purgeAfter());
        }
    }

    /**
     * Refuses a invitation no store can hold as given.
     *
     * @param invitation the record
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(Invitation invitation) {
        text("email", invitation.email().value(), TextKind.LINE, Limits.EMAIL);
        text("tokenHash", invitation.tokenHash(), TextKind.IDENTIFIER, Limits.TOKEN_HASH);
        text("userType", invitation.userType(), TextKind.IDENTIFIER, Limits.USER_TYPE);
        text("message", invitation.message(), TextKind.PARAGRAPH, Limits.MESSAGE);
        text("invitee.firstName", invitation.invitee().firstName(), TextKind.LINE, Limits.NAME);
        text("invitee.lastName", invitation.invitee().lastName(), TextKind.LINE, Limits.NAME);
        text("invitee.displayName", invitation.invitee().displayName(), TextKind.LINE, Limits.NAME);
        text("invitee.username", invitation.invitee().username(), TextKind.IDENTIFIER, Limits.USERNAME);
        text("invitee.phone", invitation.invitee().phone(), TextKind.LINE, Limits.PHONE);
        text("invitee.externalId", invitation.invitee().externalId(), TextKind.IDENTIFIER, Limits.EXTERNAL_ID);
        day("invitee.dateOfBirth", invitation.invitee().dateOfBirth());
        instant("createdAt", invitation.createdAt());
        instant("expiresAt", invitation.expiresAt());
        instant("lastSentAt", invitation.lastSentAt());
        instant("resolvedAt", invitation.resolvedAt());
    }

    /**
     * Refuses a group no store can hold as given.
     *
     * @param group the record
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(Group group) {
        text("name", group.name(), TextKind.LINE, Limits.GROUP_NAME);
        instant("createdAt", group.createdAt());
    }

    /**
     * Refuses a tenant no store can hold as given.
     *
     * @param tenant the record
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(Tenant tenant) {
        text("name", tenant.name(), TextKind.LINE, Limits.TENANT_NAME);
        instant("createdAt", tenant.createdAt());
    }

    /**
     * Refuses an outbox message no store can hold as given.
     *
     * @param message the message
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(OutboxMessage message) {
        text("sealedSecret", message.sealedSecret(), TextKind.IDENTIFIER, Limits.SEALED_SECRET);
        text("leaseOwner", message.leaseOwner(), TextKind.LINE, Limits.LEASE_OWNER);
        text("lastError", message.lastError(), TextKind.LINE, Limits.DELIVERY_ERROR);
        instant("dueAt", message.dueAt());
        instant("createdAt", message.createdAt());
        instant("finishedAt", message.finishedAt());
    }

    /**
     * Refuses a credential no store can hold as given.
     *
     * @param credential the credential
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(Credential credential) {
        checkPasswordHash(credential.passwordHash());
        instant("expiresAt", credential.expiresAt());
        instant("changedAt", credential.changedAt());
    }

    /**
     * Refuses a sign-in attempt no store can hold as given.
     *
     * @param attempt the attempt
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(SignInAttempt attempt) {
        text("ip", attempt.ip(), TextKind.IDENTIFIER, Limits.CLIENT_ADDRESS);
        text("userAgent", attempt.userAgent(), TextKind.LINE, Limits.USER_AGENT);
        instant("at", attempt.at());
    }

    /**
     * Refuses a password-reset link no store can hold.
     *
     * @param reset the link
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(PasswordReset reset) {
        text("tokenHash", reset.tokenHash(), TextKind.IDENTIFIER, Limits.TOKEN_HASH);
        instant("expiresAt", reset.expiresAt());
        instant("createdAt", reset.createdAt());
    }

    /**
     * Refuses a session no store can hold.
     *
     * @param session the session
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(Session session) {
        text("tokenHash", session.tokenHash(), TextKind.IDENTIFIER, Limits.TOKEN_HASH);
        text("browser", session.browser(), TextKind.LINE, Limits.DEVICE_NAME);
        text("os", session.os(), TextKind.LINE, Limits.DEVICE_NAME);
        text("ip", session.ip(), TextKind.IDENTIFIER, Limits.CLIENT_ADDRESS);
        instant("startedAt", session.startedAt());
        instant("lastActiveAt", session.lastActiveAt());
    }

    /**
     * Refuses a password hash no store can hold.
     *
     * @param hash the hash
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void checkPasswordHash(String hash) {
        text("passwordHash", hash, TextKind.IDENTIFIER, Limits.PASSWORD_HASH);
    }

    /**
     * Refuses a dispatcher's name or a delivery error no store can hold, before a claim or a mark.
     *
     * @param leaseOwner the dispatcher's name
     * @param error why an attempt failed, or null
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void checkDelivery(String leaseOwner, String error) {
        text("leaseOwner", leaseOwner, TextKind.LINE, Limits.LEASE_OWNER);
        text("lastError", error, TextKind.LINE, Limits.DELIVERY_ERROR);
    }

    /**
     * Refuses an audit entry no store can hold as given.
     *
     * @param entry the entry
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void check(AuditEntry entry) {
        text("action", entry.action(), TextKind.IDENTIFIER, Limits.AUDIT_ACTION);
        text("targetType", entry.targetType(), TextKind.IDENTIFIER, Limits.AUDIT_TARGET_TYPE);
        text("targetId", entry.targetId(), TextKind.IDENTIFIER, Limits.AUDIT_TARGET_ID);
        checkAuditDetails(entry.details());
        instant("at", entry.at());
    }

    /**
     * The details of an audit entry, also when they replace an entry's details ({@link AuditStore#redact}).
     *
     * @param details the details
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static void checkAuditDetails(Map<String, String> details) {
        entries("details", details, Limits.ATTRIBUTE_KEY, Limits.AUDIT_DETAIL);
    }

    /** Search text of a query: one line, so that it can never span two of the fields searched. */
    static String searchText(String text) {
        text("text", text, TextKind.LINE, Limits.SEARCH_TEXT);
        return text;
    }

    /**
     * A sort key read back from a cursor: an instant every store holds, or a name or email key, one line
     * (lower-cased, so NFC is not asked), as long as the longest key a store keeps (a released address's).
     */
    static void keysetKey(Comparable<?> key) {
        java.util.Objects.requireNonNull(key, "key");
        if (key instanceof Instant instant) {
            bound("key", instant);
        } else if (key instanceof String text) {
            text("key", TextRules.normalize(text, TextKind.LINE), TextKind.LINE, Limits.EMAIL_KEY);
        } else {
            throw new IllegalArgumentException("a keyset key is an Instant or a String, got " + key.getClass().getName());
        }
    }

    /**
     * Refuses an instant bound of a query that no store can hold.
     *
     * @param field the field to name
     * @param value the bound, or null
     * @return the bound
     * @throws dev.roster.spi.error.InvalidValueException naming the field
     */
    public static Instant bound(String field, Instant value) {
        instant(field, value);
        return value;
    }

    private static void entries(String field, Map<String, String> entries, int maxKey, int maxValue) {
        entries.forEach((key, value) -> {
            text(field + " key", key, TextKind.IDENTIFIER, maxKey);
            text(field + "[" + key + "]", value, TextKind.PARAGRAPH, maxValue);
        });
    }

    private static void text(String field, String value, TextKind kind, int maxLength) {
        String problem = TextRules.problem(value, kind, maxLength);
        if (problem != null) {
            throw new InvalidValueException(field, problem);
        }
    }

    private static void day(String field, LocalDate value) {
        if (value != null && !Limits.isStorable(value)) {
            throw new InvalidValueException(field, "is outside " + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE);
        }
    }

    private static void instant(String field, Instant value) {
        if (value != null && !Limits.isStorable(value)) {
            throw new InvalidValueException(field, "is outside the years 1 to 9999");
        }
    }
}
