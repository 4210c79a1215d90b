package dev.roster.core.tenant;

import dev.roster.core.user.ProfileFields;
import dev.roster.core.validation.Normalized;
import dev.roster.core.validation.PlainText;
import dev.roster.core.validation.ValidEmail;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Creates a tenant with its first admin. {@code adminRole} may be null: then the first role (by id)
 * that grants the admin permission is used. {@code seatLimit} may be null for none.
 */
public record TenantBootstrap(
        @NotNull TenantId tenantId,
        @NotBlank @Size(max = Limits.TENANT_NAME) @PlainText String name,
        @NotNull @ValidEmail String adminEmail,
        @NotNull @Valid ProfileFields adminProfile,
        RoleId adminRole,
        Integer seatLimit) {

    public TenantBootstrap {
        name = Normalized.line(name);
    }
}
