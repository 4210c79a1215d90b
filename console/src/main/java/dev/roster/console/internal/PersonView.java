package dev.roster.console.internal;

import java.util.List;

/**
 * One member's page, worked out before the template runs. A section the actor may not read, or that this
 * Roster was built without (sessions, passwords), is null and not shown.
 *
 * @param base the console's mount path
 * @param csrf the token forms carry
 * @param title the member's name
 * @param profile the profile's fields, label and value
 * @param permissions each permission of the policy: held or not, and the layer that decided
 * @param sessions the member's sessions, or null
 * @param attempts its latest sign-in attempts, or null
 * @param audit the latest audit entries about it, or null
 * @param actions what the actor may do to the member as a whole
 * @param notice what the last action did, or null
 * @param problem why it failed, or null
 */
public record PersonView(String base, String csrf, String title, List<Field> profile, List<Decision> permissions, List<SessionRow> sessions,
        List<Attempt> attempts, List<Entry> audit, List<UsersView.Action> actions, String notice, String problem) {

    /** A labelled value. */
    public record Field(String label, String value) {
    }

    /** Whether a permission is held and which layer of the resolution decided it. */
    public record Decision(String permission, String held, String layer, String source) {
    }

    /** A session, and the form that ends it. */
    public record SessionRow(String device, String ip, String started, String lastActive, String endTarget) {
    }

    /** A sign-in attempt. */
    public record Attempt(String at, String ip, String outcome, String reason) {
    }

    /** An audit entry about the member. */
    public record Entry(String at, String action, String actor, String details) {
    }
}
