package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserQuery;
import dev.roster.spi.store.UserSort;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Walking a list page by page visits every user once, in order, for any data, sort and page size.
 * Adapters subclass it with the same factory hook as {@link StoreContract}.
 */
public abstract class KeysetPagingProperties {
    private static final TenantId T = TenantId.of("paging");

    protected abstract RosterStore newStore();

    @Property(tries = 40)
    void pagesVisitEveryUserOnceInOrder(@ForAll("names") List<String> names, @ForAll UserSort sort, @ForAll boolean descending,
            @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        RosterStore store = newStore();
        store.inTransaction(tx -> {
            tx.tenants().insert(Records.tenant("paging"));
            for (int i = 0; i < names.size(); i++) {
                User u = Records.user(T, "u" + i + "@x.example", names.get(i), Records.T0.plusSeconds(names.get(i).length()));
                tx.users().insert(u.toBuilder().lastLoginAt(i % 3 == 0 ? null : Records.T0.plusSeconds(i % 4)).build());
            }
            return null;
        });
        List<User> walked = new ArrayList<>();
        UserQuery first = new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending, null, pageSize);
        UserQuery next = first;
        while (true) {
            UserQuery query = next;
            Page<User> page = store.read(tx -> tx.userQueries().search(query));
            walked.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
            User last = page.items().get(page.items().size() - 1);
            next = first.continuing(new UserKeyset(sort.keyOf(last), last.id()));
            assertThat(next).isEqualTo(new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending,
                    new UserKeyset(sort.keyOf(last), last.id()), pageSize));
        }
        List<User> all = store.read(tx -> tx.userQueries().search(new UserQuery(T, Records.T0, Set.of(), null, null, null, null, null, null, sort, descending,
                null, 1000))).items();
        assertThat(walked).hasSize(names.size()).doesNotHaveDuplicates().isEqualTo(all);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("aAbB zé_%").ofMinLength(1).ofMaxLength(4).list().ofMaxSize(25);
    }
}
