package dev.roster.core.mail;

import dev.roster.spi.mail.MailMessage;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.text.TextRules;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Plain-text messages with a link built from a template such as
 * {@code https://app.example.com/t/{tenant}/invitation?token={token}}.
 */
public final class LinkTemplateMailComposer implements MailComposer {
    private final String linkTemplate;

    /**
     * A composer for this link template.
     *
     * @param linkTemplate with {@code {token}} and optionally {@code {tenant}}
     * @throws IllegalArgumentException without {@code {token}}
     */
    public LinkTemplateMailComposer(String linkTemplate) {
        this.linkTemplate = Objects.requireNonNull(linkTemplate, "linkTemplate");
        if (!linkTemplate.contains("{token}")) {
            throw new IllegalArgumentException("the invitation link template needs a {token} placeholder: " + linkTemplate);
        }
    }

    @Override
    public MailMessage invitation(Tenant tenant, Invitation invitation, String inviterName, String rawToken) {
        String link = linkTemplate
                .replace("{tenant}", URLEncoder.encode(tenant.id().value(), StandardCharsets.UTF_8))
                .replace("{token}", rawToken);
        StringBuilder body = new StringBuilder();
        body.append(inviterName).append(" invited you to join ").append(tenant.name()).append(".\n\n");
        if (invitation.message() != null && !invitation.message().isBlank()) {
            body.append(invitation.message().strip()).append("\n\n");
        }
        body.append("Open this link to review and accept the invitation:\n").append(link).append('\n');
        if (invitation.expiresAt() != null) {
            body.append("\nThe invitation expires at ").append(invitation.expiresAt()).append(".\n");
        }
        return new MailMessage(tenant.id(), "invitation", invitation.email(), TextRules.oneLine("You are invited to " + tenant.name()),
                body.toString());
    }
}
