package dev.roster.console.internal;

import java.util.List;

/**
 * One member's page, worked out before the template runs. A section the actor may not read, or that this
 * Roster was built without (sessions, passwords), is null and not shown.
 *
 * @param base the console's mount path
 * @param csrf the token forms carry
 * @param id the member's id
 * @param title the member's name
 * @param profile the profile's fields, label and value
 * @param permissions each permission of the policy: held or not, and the layer that decided
 * @param sessions the member's sessions, or null
 * @param attempts its latest sign-in attempts, or null
 * @param audit the latest audit entries about it, or null
 * @param actions what the actor may do to the member as a whole
 * @param notice what the last action did, or null
 * @param problem why it failed, or null
 * @param edits the forms that change the member, each null when the actor may not use it
 */
public record PersonView(String base, String csrf, String id, String title, List<Field> profile, List<Decision> permissions, List<SessionRow> sessions,
        List<Attempt> attempts, List<Entry> audit, List<UsersView.Action> actions, String notice, String problem,
        Edits edits) {

    /** A labelled value. */
    public record Field(String label, String value) {
    }

    /**
     * Whether a permission is held, which layer of the resolution decided it, and the member's own override
     * (inherit, GRANT, DENY), which the policy lets an admin set or not.
     */
    public record Decision(String permission, String held, String layer, String source, String override, boolean overridable) {
    }

    /**
     * The forms that change the member, at the version the page was loaded at.
     *
     * @param version the member's version
     * @param profile the profile form, or null
     * @param roles the roles to choose from, or null
     * @param overrides whether the permissions table is a form of overrides
     * @param groups the groups to choose from, or null (also when the tenant has none)
     */
    public record Edits(long version, ProfileForm profile, Choices roles, boolean overrides, Choices groups) {
    }

    /** The profile's fields as inputs. */
    public record ProfileForm(List<Input> inputs) {
    }

    /** A labelled input with its current value. */
    public record Input(String name, String label, String type, String value, boolean required) {
    }

    /** Options to tick: several (checkboxes) or one (radio buttons). */
    public record Choices(boolean several, List<UsersView.Option> options) {
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
