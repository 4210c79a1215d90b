package dev.roster.examples.spring;

import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the team's tenant, with the founder as its first admin, on the first start. */
@Component
class TeamStart implements ApplicationRunner {
    private final Roster roster;
    private final TenantId tenant;
    private final String founder;

    TeamStart(Roster roster, @Value("${roster.console.tenant}") String tenant, @Value("${team.founder}") String founder) {
        this.roster = roster;
        this.tenant = TenantId.of(tenant);
        this.founder = founder;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            roster.tenants().get(Actor.system(tenant));
        } catch (NotFoundException firstStart) {
            roster.tenants().bootstrap(new TenantBootstrap(tenant, "Acme", founder, ProfileFields.named("Ada", "Lovelace"), null, null));
        }
    }
}
