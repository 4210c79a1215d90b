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
 * Creates a tenant with its first admin. Start from {@link #of} and add what you need.
 *
 * @param tenantId the host's id for the tenant
 * @param name shown to members and in the invitation mail
 * @param adminEmail the first admin's address
 * @param adminProfile the first admin's profile
 * @param adminRole the first admin's role; null for the first role (by id) that grants the admin permission
 * @param seatLimit the most seats the tenant may use; null for no limit
 */
public record TenantBootstrap(
        @NotNull TenantId tenantId,
        @NotBlank @Size(max = Limits.TENANT_NAME) @PlainText String name,
        @NotNull @ValidEmail String adminEmail,
        @NotNull @Valid ProfileFields adminProfile,
        RoleId adminRole,
        Integer seatLimit) {

    /**
     * Normalises the name.
     *
     * @param tenantId the host's id for the tenant
     * @param name shown to members and in the invitation mail
     * @param adminEmail the first admin's address
     * @param adminProfile the first admin's profile
     * @param adminRole the first admin's role; null for the first role (by id) that grants the admin permission
     * @param seatLimit the most seats the tenant may use; null for no limit
     */
    public TenantBootstrap {
        name = Normalized.line(name);
    }

    /**
     * A tenant and its first admin, with an empty profile, the policy's admin role and no seat limit.
     *
     * @param tenantId the host's id for the tenant
     * @param name shown to members and in mail
     * @param adminEmail the first admin's address
     * @return the command
     */
    public static TenantBootstrap of(TenantId tenantId, String name, String adminEmail) {
        return new TenantBootstrap(tenantId, name, adminEmail, ProfileFields.EMPTY, null, null);
    }

    /**
     * Sets the first admin's profile.
     *
     * @param value the value
     * @return the changed command
     */
    public TenantBootstrap withAdminProfile(ProfileFields value) {
        return new TenantBootstrap(tenantId, name, adminEmail, value, adminRole, seatLimit);
    }

    /**
     * Sets the first admin's role.
     *
     * @param value the value
     * @return the changed command
     */
    public TenantBootstrap withAdminRole(RoleId value) {
        return new TenantBootstrap(tenantId, name, adminEmail, adminProfile, value, seatLimit);
    }

    /**
     * Sets the seat limit; null for none.
     *
     * @param value the value
     * @return the changed command
     */
    public TenantBootstrap withSeatLimit(Integer value) {
        return new TenantBootstrap(tenantId, name, adminEmail, adminProfile, adminRole, value);
    }
}
