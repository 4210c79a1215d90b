package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.Permission;
import dev.roster.spi.store.StoreTransaction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class GroupStoreContract extends StoreContract {

    @Test
    void groupsAreListedByNamePerTenant() {
        Group b = Records.group(T1, "beta");
        Group a = Records.group(T1, "Alpha");
        write(tx -> {
            tx.groups().insert(b);
            tx.groups().insert(a);
            tx.groups().insert(Records.group(T2, "gamma"));
        });
        List<Group> listed = read((StoreTransaction tx) -> tx.groups().list(T1));
        Optional<Group> elsewhere = read((StoreTransaction tx) -> tx.groups().find(T2, a.id()));
        assertThat(listed).containsExactly(a, b);
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void namesAreUniquePerTenantIgnoringCase() {
        write(tx -> tx.groups().insert(Records.group(T1, "Ops")));
        assertThat(failure(tx -> tx.groups().insert(Records.group(T1, "OPS"))).code()).isEqualTo(ErrorCode.DUPLICATE_NAME);
        write(tx -> tx.groups().insert(Records.group(T2, "ops")));
    }

    @Test
    void updateChecksTheVersionAndDeleteRemoves() {
        Group g = Records.group(T1, "Ops");
        write(tx -> tx.groups().insert(g));
        Group renamed = g.with("Operations", Set.of(Permission.of("chat.use")));

        Group saved = tx((StoreTransaction x) -> x.groups().update(renamed));

        assertThat(saved.version()).isEqualTo(1);
        Optional<Group> found = read((StoreTransaction tx) -> tx.groups().find(T1, g.id()));
        assertThat(found).contains(saved);
        assertThat(failure(tx -> tx.groups().update(renamed)).code()).isEqualTo(ErrorCode.STALE_VERSION);
        write(tx -> tx.groups().insert(Records.group(T1, "Ops")));
        boolean first = tx((StoreTransaction x) -> x.groups().delete(T1, g.id()));
        boolean second = tx((StoreTransaction x) -> x.groups().delete(T1, g.id()));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
    }
}
