package dev.roster.console.internal;

import dev.roster.spi.error.ErrorCode;
import java.util.Map;

/**
 * What a redirect tells the next page, by name only: the text shown is always one of these, so an
 * address cannot put words on the page.
 */
final class Notices {
    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("invited", "The invitation is on its way."),
            Map.entry("resent", "The invitation was sent again."),
            Map.entry("revoked", "The invitation was revoked."),
            Map.entry("suspended", "The user was suspended."),
            Map.entry("reactivated", "The user was reactivated."),
            Map.entry("deleted", "The user was deleted."),
            Map.entry("restored", "The user was restored."),
            Map.entry("purged", "The user was deleted permanently."),
            Map.entry("session-ended", "The session was revoked: it ends at its next request."),
            Map.entry("sessions-ended", "Every session of this member was ended."),
            Map.entry("unlocked", "Sign-in is unlocked."),
            Map.entry("profile-saved", "The profile was saved."),
            Map.entry("roles-saved", "The roles were saved."),
            Map.entry("overrides-saved", "The permission overrides were saved."),
            Map.entry("groups-saved", "The groups were saved."));

    /** The form fields a refusal may point at, by the path a validation error names; anything else points nowhere. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("email", " (the email)"),
            Map.entry("roles", " (the role)"),
            Map.entry("userType", " (the user type)"),
            Map.entry("message", " (the personal message)"),
            Map.entry("password", " (the password: at least as long as the policy asks, and not a common one)"),
            Map.entry("profile.firstName", " (the first name)"),
            Map.entry("profile.lastName", " (the last name)"),
            Map.entry("profile.displayName", " (the display name)"),
            Map.entry("profile.username", " (the username: 1-64 letters, digits or ._@+-)"),
            Map.entry("profile.phone", " (the phone: 3-32 digits and separators)"),
            Map.entry("profile.timezone", " (the time zone: an IANA zone such as Europe/Berlin)"),
            Map.entry("profile.externalId", " (the external ID)"),
            Map.entry("profile.dateOfBirth", " (the date of birth: a past date)"),
            Map.entry("overrides", " (the permission overrides)"));

    private Notices() {
    }

    static String notice(String name) {
        return name == null ? null : DONE.get(name);
    }

    static String problem(String code, String field) {
        if (code == null) {
            return null;
        }
        ErrorCode known;
        try {
            known = ErrorCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // "overrides[chat.use]" points at the overrides as a whole
        String where = field == null ? "" : FIELDS.getOrDefault(field.replaceFirst("\\[.*$", ""), "");
        return switch (known) {
            case PERMISSION_DENIED -> "You are not allowed to do that.";
            case LAST_ADMIN -> "That would leave the tenant without an active admin.";
            case SEAT_LIMIT_EXCEEDED -> "Every seat is taken.";
            case VALIDATION_FAILED -> "Please check the form" + where + ".";
            case ALREADY_MEMBER, DUPLICATE_EMAIL -> "That address belongs to a member already.";
            case DUPLICATE_USERNAME -> "That username is taken.";
            case DUPLICATE_EXTERNAL_ID -> "That external ID belongs to another member.";
            case DUPLICATE_PENDING_INVITATION -> "That address has an open invitation already.";
            case STALE_VERSION -> "Someone changed this in the meantime; please try again.";
            case NOT_FOUND -> "It is no longer there.";
            default -> "That could not be done (" + known.name() + ").";
        };
    }
}
