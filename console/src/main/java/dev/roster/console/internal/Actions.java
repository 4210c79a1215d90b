package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.console.ConsoleResponse;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.InviteCommand;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The POSTs: each calls the API as the actor and redirects back to the list with what happened (a form
 * POST, then a redirect, so a reload never repeats it). Roster decides whether the actor may.
 */
public final class Actions {
    private static final Pattern ON_USER = Pattern.compile("/users/(" + Links.ID + ")/(suspend|reactivate|delete|restore|purge)");
    private static final Pattern ON_ACCESS = Pattern.compile("/users/(" + Links.ID + ")/(end-sessions|unlock)");
    private static final Pattern RESET_PASSWORD = Pattern.compile("/users/(" + Links.ID + ")/reset-password");
    private static final Pattern ON_SESSION = Pattern.compile("/sessions/(" + Links.ID + ")/end");
    private static final Pattern ON_INVITATION = Pattern.compile("/invitations/(" + Links.ID + ")/(resend|revoke)");

    private final Roster roster;
    private final MemberEdits edits;

    public Actions(Roster roster) {
        this.roster = roster;
        this.edits = new MemberEdits(roster, new Permissions(roster));
    }

    /** The action a POST to this path takes, or empty when there is none. */
    public Optional<ConsoleResponse> take(ConsoleRequest request, Actor actor) {
        String back = request.field("back").orElse("");
        Matcher edit = MemberEdits.PATH.matcher(request.path());
        if (edit.matches()) {
            return Optional.of(editMember(request, actor, UserId.parse(edit.group(1))));
        }
        try {
            Matcher user = ON_USER.matcher(request.path());
            if (user.matches() && request.field("confirmed").isEmpty() && (user.group(2).equals("delete") || user.group(2).equals("purge"))) {
                return Optional.of(confirm(request, actor, UserId.parse(user.group(1)), user.group(2)));
            }
            if (user.matches()) {
                return Optional.of(Links.redirectTo(request.base(), back, "done", onUser(actor, UserId.parse(user.group(1)), user.group(2))));
            }
            Matcher access = ON_ACCESS.matcher(request.path());
            if (access.matches()) {
                UserId id = UserId.parse(access.group(1));
                if (access.group(2).equals("unlock")) {
                    roster.credentials().unlock(actor, id);
                } else {
                    roster.sessions().endAll(actor, id);
                }
                return Optional.of(ConsoleResponse.redirect(request.base() + "/users/" + id + "?done="
                        + (access.group(2).equals("unlock") ? "unlocked" : "sessions-ended")));
            }
            Matcher reset = RESET_PASSWORD.matcher(request.path());
            if (reset.matches() && request.field("confirmed").isEmpty()) {
                return Optional.of(confirm(request, actor, UserId.parse(reset.group(1)), "reset-password"));
            }
            if (reset.matches()) {
                return Optional.of(temporaryPassword(request, actor, UserId.parse(reset.group(1))));
            }
            Matcher session = ON_SESSION.matcher(request.path());
            if (session.matches()) {
                UserId owner = UserId.parse(request.param("user").orElseThrow(() -> new IllegalArgumentException("user")));
                roster.sessions().end(actor, java.util.UUID.fromString(session.group(1)));
                return Optional.of(ConsoleResponse.redirect(request.base() + "/users/" + owner + "?done=session-ended"));
            }
            Matcher invitation = ON_INVITATION.matcher(request.path());
            if (invitation.matches()) {
                return Optional.of(Links.redirectTo(request.base(), back, "done",
                        onInvitation(actor, InvitationId.parse(invitation.group(1)), invitation.group(2))));
            }
            if (request.path().equals("/invitations/batch")) {
                var result = inviteSeveral(request, actor);
                java.util.Map<String, String> counts = new java.util.LinkedHashMap<>();
                counts.put("sent", Integer.toString(result.invited().size()));
                counts.put("refused", Integer.toString(result.rejected().size()));
                return Optional.of(ConsoleResponse.redirect(Links.back(request.base(), back, "done", "batch") + "&" + Links.query(counts)));
            }
            if (request.path().equals("/invitations")) {
                invite(request, actor);
                return Optional.of(Links.redirectTo(request.base(), back, "done", "invited"));
            }
            return Optional.empty();
        } catch (RosterException | IllegalArgumentException | java.util.NoSuchElementException | IllegalStateException e) {
            return Optional.of(ConsoleResponse.redirect(Links.backWith(request.base(), back, problemQuery(e))));
        }
    }

    /** Why an action failed, as the query a page shows it from: the error's code, and the field at fault when one is named. */
    static String problemQuery(RuntimeException e) {
        java.util.Map<String, String> problem = new java.util.LinkedHashMap<>();
        problem.put("problem", e instanceof RosterException r ? r.code().name() : "VALIDATION_FAILED");
        if (e instanceof ValidationException v && !v.violations().isEmpty()) {
            problem.put("field", v.violations().get(0).path());
        }
        return Links.query(problem);
    }

    /** An edit of a member's page goes back to that page, with what was done or what went wrong. */
    private ConsoleResponse editMember(ConsoleRequest request, Actor actor, UserId id) {
        String page = request.base() + "/users/" + id;
        try {
            return ConsoleResponse.redirect(page + "?done=" + edits.save(request, actor).orElseThrow());
        } catch (RosterException | IllegalArgumentException | java.util.NoSuchElementException | IllegalStateException e) {
            return ConsoleResponse.redirect(page + "?" + problemQuery(e));
        }
    }

    /**
     * An admin's password reset: the temporary password is in this one response (never in an address or a
     * redirect, and the console's responses are never cached), then only its hash exists.
     */
    private ConsoleResponse temporaryPassword(ConsoleRequest request, Actor actor, UserId id) {
        String email = roster.users().get(actor, id).email().value();
        var temporary = roster.credentials().issueTemporaryPassword(actor, id);
        return ConsoleResponse.html(200, Templates.render("temporary.jte", java.util.Map.of("base", request.base(), "email", email,
                "password", temporary.reveal(), "expires", PersonPage.when(temporary.expiresAt()), "back", request.base() + "/users/" + id)));
    }

    /** Deleting and resetting a password ask first: one click on the wrong row must not remove someone or lock them out. */
    private ConsoleResponse confirm(ConsoleRequest request, Actor actor, UserId id, String action) {
        String who = roster.users().get(actor, id).email().value();
        boolean permanently = action.equals("purge") || roster.policy().deletionMode() == dev.roster.core.policy.DeletionMode.HARD;
        boolean reset = action.equals("reset-password");
        String back = Links.ownQuery(request.field("back").orElse(""));
        return ConsoleResponse.html(200, Templates.render("confirm.jte", java.util.Map.of(
                "base", request.base(),
                "question", reset ? "Reset the password of " + who + "?" : permanently ? "Delete " + who + " permanently?" : "Delete " + who + "?",
                "consequence", reset ? "Their password stops working now; you get a temporary one to hand over, shown once."
                        : permanently ? "This cannot be undone."
                        : "They go to \"Recently deleted\", from where they can be restored until the retention window ends.",
                "action", request.base() + request.path(),
                "label", reset ? "Reset the password" : permanently ? "Delete permanently" : "Delete",
                "csrf", request.field("csrf").orElse(""),
                "back", back)));
    }

    private String onUser(Actor actor, UserId id, String action) {
        switch (action) {
            case "suspend" -> roster.lifecycle().suspend(actor, id);
            case "reactivate" -> roster.lifecycle().reactivate(actor, id);
            case "delete" -> roster.lifecycle().delete(actor, id);
            case "restore" -> roster.lifecycle().restore(actor, id);
            default -> roster.lifecycle().deletePermanently(actor, id);
        }
        return switch (action) {
            case "suspend" -> "suspended";
            case "reactivate" -> "reactivated";
            case "delete" -> "deleted";
            case "restore" -> "restored";
            default -> "purged";
        };
    }

    private String onInvitation(Actor actor, InvitationId id, String action) {
        if (action.equals("resend")) {
            roster.invitations().resend(actor, id);
            return "resent";
        }
        roster.invitations().revoke(actor, id);
        return "revoked";
    }

    /** Several addresses at once, up to the policy's batch limit; a bad address is skipped and counted, not fatal. */
    private dev.roster.core.invitation.BatchInviteResult inviteSeveral(ConsoleRequest request, Actor actor) {
        List<String> emails = java.util.Arrays.stream(request.field("emails").orElse("").split("[\\s,;]+")).filter(e -> !e.isBlank()).toList();
        String role = request.field("role").filter(r -> !r.isBlank()).orElse(null);
        String message = request.field("message").filter(m -> !m.isBlank()).orElse(null);
        return roster.invitations().inviteAll(actor, new dev.roster.core.invitation.BatchInviteCommand(emails,
                role == null ? null : Set.of(RoleId.of(role)), null, null, message, true));
    }

    private void invite(ConsoleRequest request, Actor actor) {
        String role = request.field("role").filter(r -> !r.isBlank()).orElse(null);
        String message = request.field("message").filter(m -> !m.isBlank()).orElse(null);
        java.util.Map<dev.roster.spi.model.Permission, dev.roster.spi.model.Effect> flags = new java.util.LinkedHashMap<>();
        for (String flag : request.form().getOrDefault("flag", List.of())) {
            flags.put(dev.roster.spi.model.Permission.of(flag), dev.roster.spi.model.Effect.GRANT);
        }
        roster.invitations().invite(actor, new InviteCommand(request.field("email").orElse(""), role == null ? null : Set.of(RoleId.of(role)),
                request.field("userType").filter(t -> !t.isBlank()).orElse(null), flags, message, null));
    }
}
