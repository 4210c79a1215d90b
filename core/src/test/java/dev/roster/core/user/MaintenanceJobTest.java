package dev.roster.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.maintenance.JobProgress;
import dev.roster.core.support.Fixture;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The maintenance jobs report each batch and stop between batches when the host asks. */
class MaintenanceJobTest {
    private final Fixture f = new Fixture();

    /** Records batches and asks to stop once it has seen {@code stopAfter} of them. */
    private static final class Recorder implements JobProgress {
        final List<String> batches = new ArrayList<>();
        final int stopAfter;

        Recorder(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void batchDone(TenantId tenant, int handled) {
            batches.add(tenant + ":" + handled);
        }

        @Override
        public boolean stopRequested() {
            return batches.size() >= stopAfter;
        }
    }

    private void deleteMembers(int n) {
        for (int i = 0; i < n; i++) {
            User u = f.member("u" + i + "@acme.example");
            f.roster.lifecycle().delete(f.adminActor, u.id());
        }
        f.clock.advance(Duration.ofDays(31));
    }

    @Test
    void thePurgeReportsEachBatch() {
        deleteMembers(5);
        Recorder all = new Recorder(Integer.MAX_VALUE);

        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 2, all)).isEqualTo(5);
        assertThat(all.batches).containsExactly("acme:2", "acme:2", "acme:1");
    }

    @Test
    void aStoppedPurgeKeepsWhatItDidAndTheNextRunDoesTheRest() {
        deleteMembers(5);

        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 2, new Recorder(1))).isEqualTo(2);
        assertThat(f.roster.lifecycle().purgeExpired(f.tenant, 2)).isEqualTo(3);
    }

    @Test
    void theExpiryOverEveryTenantStopsBetweenTenantsToo() {
        f.roster.tenants().bootstrap(TenantBootstrap.of(TenantId.of("beta"), "Beta", "b@beta.example"));
        f.invite("x@acme.example");
        f.invite("y@acme.example");
        f.clock.advance(Duration.ofDays(8));
        Recorder one = new Recorder(1);

        assertThat(f.roster.invitations().expireOverdueEverywhere(10, one)).isEqualTo(2);
        assertThat(one.batches).containsExactly("acme:2");
        assertThat(f.roster.invitations().expireOverdueEverywhere(10)).isZero();
    }
}
