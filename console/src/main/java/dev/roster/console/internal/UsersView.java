package dev.roster.console.internal;

import java.util.List;

/**
 * Everything the users page shows, worked out before the template runs: the template only lays it out.
 *
 * @param base the console's mount path
 * @param csrf the token forms carry
 * @param back the page's own query string, handed back by forms to return to it
 * @param tab the current tab's key
 * @param tabs the status tabs with their counts
 * @param cards the stat cards, onboarding figures and seats
 * @param text the search text
 * @param sort the order's name
 * @param descending whether the order runs backwards
 * @param sorts the orders on offer
 * @param filters the role and user-type filters
 * @param registration the registration period and promo code filters, or null where they do not apply
 * @param rows the page of people
 * @param firstHref the first page, or null when this is it
 * @param previousHref the page before, or null
 * @param nextHref the page after, or null
 * @param notice what the last action did, or null
 * @param problem why the last action failed, or null
 * @param invite the invite form, or null when the actor may not invite
 * @param batchLimit how many addresses one batch invitation may name
 * @param export whether to offer the list as CSV and XLSX
 * @param signOut whether to offer signing out (the console's own sign-in is on)
 */
public record UsersView(String base, String csrf, String back, String tab, List<Tab> tabs, List<Card> cards, String text, String sort, boolean descending,
        List<Option> sorts, Filters filters, Registration registration, List<Row> rows, String firstHref, String previousHref, String nextHref, String notice, String problem,
        InviteForm invite, int batchLimit, boolean export, boolean signOut) {

    /** A status tab. */
    public record Tab(String label, long count, String href, boolean current) {
    }

    /** A figure with its label. */
    public record Card(String label, String value) {
    }

    /** An option of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A person in the list (with its page, for a member), and the actions the actor may take on it. */
    public record Row(String name, String href, String email, String roles, String type, String status, String lastLogin, List<Action> actions) {
    }

    /** A button that POSTs to {@code target}. */
    public record Action(String label, String target, boolean danger) {
    }

    /** The role and user-type filters, each with "any" first. */
    public record Filters(List<Option> roles, List<Option> types) {
    }

    /** The registration filters' values: days (yyyy-mm-dd, UTC) and a promo code, each possibly empty. */
    public record Registration(String from, String to, String promo) {
    }

    /** The invite-one form: the roles the actor may give, the policy's user types, and the permissions a role lets an invitation grant. */
    public record InviteForm(List<Option> roles, List<Option> types, List<Option> flags) {
    }
}
