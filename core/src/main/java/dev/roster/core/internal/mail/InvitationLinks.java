package dev.roster.core.internal.mail;

import dev.roster.spi.model.TenantId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Invitation links, built only from the template the host configured (an absolute http(s)
 * address, checked by the builder), never from anything a request carried.
 */
public final class InvitationLinks {
    private final String template;

    public InvitationLinks(String template) {
        this.template = template;
    }

    public String link(TenantId tenant, String token) {
        return template.replace("{tenant}", URLEncoder.encode(tenant.value(), StandardCharsets.UTF_8))
                .replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
