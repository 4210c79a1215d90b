package dev.roster.console.internal;

import dev.roster.spi.error.ErrorCode;
import java.util.Map;

/**
 * What a redirect tells the next page, by name only: the text shown is always one of these, so an
 * address cannot put words on the page.
 */
final class Notices {
    private static final Map<String, String> DONE = Map.of(
            "invited", "The invitation is on its way.",
            "resent", "The invitation was sent again.",
            "revoked", "The invitation was revoked.",
            "suspended", "The user was suspended.",
            "reactivated", "The user was reactivated.",
            "deleted", "The user was deleted.",
            "restored", "The user was restored.",
            "purged", "The user was deleted permanently.");

    /** The form fields a refusal may point at, by the path a validation error names; anything else points nowhere. */
    private static final Map<String, String> FIELDS = Map.of(
            "email", " (the email)",
            "roles", " (the role)",
            "userType", " (the user type)",
            "message", " (the personal message)",
            "password", " (the password: at least as long as the policy asks, and not a common one)",
            "profile.firstName", " (the first name)",
            "profile.lastName", " (the last name)");

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
        String where = field == null ? "" : FIELDS.getOrDefault(field, "");
        return switch (known) {
            case PERMISSION_DENIED -> "You are not allowed to do that.";
            case LAST_ADMIN -> "That would leave the tenant without an active admin.";
            case SEAT_LIMIT_EXCEEDED -> "Every seat is taken.";
            case VALIDATION_FAILED -> "Please check the form" + where + ".";
            case ALREADY_MEMBER -> "That address belongs to a member already.";
            case DUPLICATE_PENDING_INVITATION -> "That address has an open invitation already.";
            case STALE_VERSION -> "Someone changed this in the meantime; please try again.";
            case NOT_FOUND -> "It is no longer there.";
            default -> "That could not be done (" + known.name() + ").";
        };
    }
}
