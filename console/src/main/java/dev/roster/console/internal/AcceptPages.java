package dev.roster.console.internal;

import dev.roster.console.ConsoleRequest;
import dev.roster.console.ConsoleResponse;
import dev.roster.core.Roster;
import dev.roster.core.error.ValidationException;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.core.invitation.InvitationPreview;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.error.RosterException;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an invitation's link leads when the console signs people in itself: who invited whom to what,
 * and a form to join with a name and a password, or to decline. The token travels in the address
 * only as far as this page (the console sends no referrer), and back in the form's POST.
 */
public final class AcceptPages {
    private static final String CLOSED = "This invitation can no longer be used. Ask whoever invited you to send a new one.";

    private final Roster roster;
    private final TenantId tenant;

    public AcceptPages(Roster roster, TenantId tenant) {
        this.roster = roster;
        this.tenant = tenant;
    }

    public ConsoleResponse form(ConsoleRequest request) {
        return render(request, request.param("token").orElse(""), null, 200);
    }

    public ConsoleResponse answer(ConsoleRequest request) {
        String token = request.field("token").orElse("");
        if (!Guard.sameOrigin(request)) {
            return render(request, token, "The form was not sent from this page. Reload it and try again.", 403);
        }
        try {
            if (request.field("decline").isPresent()) {
                roster.invitees().decline(tenant, token);
                return message(request, "You declined the invitation. Nothing more will be sent about it.");
            }
            ProfileFields profile = ProfileFields.named(request.field("firstName").orElse(""), request.field("lastName").orElse(""));
            roster.credentials().acceptWithPassword(tenant, token, AcceptCommand.of(profile), request.field("password").orElse(""));
            return ConsoleResponse.redirect(request.base() + "/login?joined=1");
        } catch (ValidationException e) {
            String field = e.violations().isEmpty() ? null : e.violations().get(0).path();
            return render(request, token, Notices.problem(e.code().name(), field), 400);
        } catch (RosterException e) {
            return message(request, CLOSED);
        }
    }

    private ConsoleResponse render(ConsoleRequest request, String token, String problem, int status) {
        InvitationPreview preview;
        try {
            preview = roster.invitees().preview(tenant, token);
        } catch (RosterException e) {
            return message(request, CLOSED);
        }
        if (preview.details().isEmpty()) {
            return message(request, CLOSED);
        }
        var details = preview.details().get();
        Map<String, Object> params = new HashMap<>();
        params.put("base", request.base());
        params.put("token", token);
        params.put("tenantName", details.tenantName());
        params.put("inviter", details.inviterName());
        params.put("email", details.email());
        params.put("roles", details.roles().stream().map(RoleId::value).sorted().collect(Collectors.joining(", ")));
        params.put("message", details.message().orElse(""));
        params.put("problem", problem == null ? "" : problem);
        return ConsoleResponse.html(status, Templates.render("accept.jte", params));
    }

    private static ConsoleResponse message(ConsoleRequest request, String text) {
        return ConsoleResponse.html(200, Templates.render("message.jte", Map.of("base", request.base(), "text", text)));
    }
}
