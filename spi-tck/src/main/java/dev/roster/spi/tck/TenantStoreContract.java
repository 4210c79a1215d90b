package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.store.StoreTransaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

public abstract class TenantStoreContract extends StoreContract {

    @Test
    void insertedTenantsAreFoundAndListedInIdOrder() {
        write(tx -> tx.tenants().insert(Records.tenant("a0")));
        assertThat(read((StoreTransaction tx) -> tx.tenants().find(TenantId.of("a0")))).contains(Records.tenant("a0"));
        assertThat(read((StoreTransaction tx) -> tx.tenants().find(TenantId.of("zz")))).isEmpty();
        assertThat(read((StoreTransaction tx) -> tx.tenants().list(null, 2))).containsExactly(TenantId.of("a0"), T1);
        assertThat(read((StoreTransaction tx) -> tx.tenants().list(T1, 10))).containsExactly(T2);
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThat(failure(tx -> tx.tenants().insert(Records.tenant("t1"))).code()).isEqualTo(ErrorCode.DUPLICATE_ID);
    }

    @Test
    void updateChecksAndAdvancesTheVersion() {
        Tenant t = read((StoreTransaction tx) -> tx.tenants().find(T1).orElseThrow());
        Tenant changed = t.withDefaults(Map.of(Permission.of("p.x"), Effect.DENY)).withSeatLimit(7);

        Tenant saved = tx((StoreTransaction x) -> x.tenants().update(changed));

        assertThat(saved.version()).isEqualTo(t.version() + 1);
        assertThat(read((StoreTransaction tx) -> tx.tenants().find(T1).orElseThrow())).isEqualTo(saved);
        assertThat(failure(tx -> tx.tenants().update(changed)).code()).isEqualTo(ErrorCode.STALE_VERSION);
    }

    @Test
    void lockReadsTheTenant() {
        assertThat(tx((StoreTransaction x) -> x.tenants().lock(T1))).contains(read(x -> x.tenants().find(T1).orElseThrow()));
        assertThat(tx((StoreTransaction x) -> x.tenants().lock(TenantId.of("none")))).isEmpty();
    }
}
