package dev.roster.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.Permission;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The lock-free index against a HashMap model: puts, removes, tenant sweeps, regrowth; and racing readers. */
class PermissionIndexProperties {
    private static final TenantId A = TenantId.of("a");
    private static final TenantId B = TenantId.of("b");
    private static final PermissionCatalog CATALOG = new PermissionCatalog(
            IntStream.range(0, 3).mapToObj(i -> Permission.of("p" + i)).collect(Collectors.toList()));

    enum Kind { PUT, REMOVE, SWEEP_TENANT_B }

    record Op(Kind kind, int user, int bit) {
    }

    private static PermissionSet set(TenantId tenant, int bit) {
        PermissionSet.Builder b = new PermissionSet.Builder(CATALOG, tenant);
        b.add(bit);
        return b.build();
    }

    private static UserId user(int i) {
        // Ids close together, so probes collide and GONE slots pile up.
        return UserId.of(new UUID(0x0190_0000_0000_7000L, i));
    }

    @Property(tries = 300)
    void behavesLikeAMap(@ForAll("ops") List<Op> ops) {
        PermissionIndex index = new PermissionIndex();
        Map<Integer, PermissionSet> model = new HashMap<>();
        for (Op op : ops) {
            switch (op.kind()) {
                case PUT -> {
                    PermissionSet s = set(op.user() % 2 == 0 ? A : B, op.bit());
                    index.put(user(op.user()), s);
                    model.put(op.user(), s);
                }
                case REMOVE -> {
                    index.remove(user(op.user()));
                    model.remove(op.user());
                }
                case SWEEP_TENANT_B -> {
                    index.removeIf(s -> s.tenant().equals(B));
                    model.values().removeIf(s -> s.tenant().equals(B));
                }
            }
        }
        for (int u = 0; u < 50; u++) {
            assertThat(index.get(user(u))).as("user %d", u).isSameAs(model.get(u));
            // an equal id that is another instance finds the same entry
            assertThat(index.get(UserId.of(new UUID(0x0190_0000_0000_7000L, u)))).isSameAs(model.get(u));
        }
        assertThat(index.size()).isEqualTo(model.size());
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Kind> kind = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, Kind.PUT), net.jqwik.api.Tuple.of(3, Kind.REMOVE), net.jqwik.api.Tuple.of(1, Kind.SWEEP_TENANT_B));
        return Combinators.combine(kind, Arbitraries.integers().between(0, 49), Arbitraries.integers().between(0, 2)).as(Op::new)
                .list().ofMaxSize(400);
    }

    @Test
    void readersNeverSeeAnotherUsersSetWhileWritersChurnAndRegrow() throws Exception {
        PermissionIndex index = new PermissionIndex();
        PermissionSet mine = set(A, 1);
        PermissionSet others = set(A, 2);
        index.put(user(0), mine);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> wrong = new AtomicReference<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    if (index.get(user(0)) != mine) {
                        wrong.set("user 0 lost its set or got another one");
                    }
                    PermissionSet seen = index.get(user(7));
                    if (seen != null && seen != others) {
                        wrong.set("user 7 got a set that was never its own");
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (int i = 1; i < 30_000; i++) {
            index.put(user(i), others);
            if (i % 3 == 0) {
                index.remove(user(i - 1));
            }
        }
        stop.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertThat(wrong.get()).isNull();
        assertThat(index.get(user(29_999))).isSameAs(others);
        assertThat(index.get(user(2))).isNull();
    }
}
