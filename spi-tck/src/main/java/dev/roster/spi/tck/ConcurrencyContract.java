package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.User;
import dev.roster.spi.store.StoreTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Uniqueness and versions hold when units race on several threads, whatever the interleaving. */
public abstract class ConcurrencyContract extends StoreContract {
    private static final int THREADS = 8;

    @Test
    void racingInsertsOfOneEmailLeaveOneUser() throws Exception {
        List<ErrorCode> codes = Race.run(THREADS, THREADS, i -> () -> tx((StoreTransaction x) -> {
            x.users().insert(Records.user(T1, (i % 2 == 0 ? "ann" : "ANN") + "@x.example"));
            return null;
        }));
        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.DUPLICATE_EMAIL);
    }

    @Test
    void racingPendingInvitationsForOneEmailLeaveOne() throws Exception {
        List<ErrorCode> codes = Race.run(THREADS, THREADS, i -> () -> tx((StoreTransaction x) -> {
            x.invitations().insert(Records.invitation(T1, "ann@x.example", Records.T0, null));
            return null;
        }));
        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.DUPLICATE_PENDING_INVITATION);
    }

    @Test
    void racingUpdatesFromOneVersionLeaveOneWinner() throws Exception {
        User ann = Records.user(T1, "ann@x.example");
        write(tx -> tx.users().insert(ann));
        List<ErrorCode> codes = Race.run(THREADS, THREADS, i -> () -> tx((StoreTransaction x) -> x.users().update(ann.toBuilder().attributes(java.util.Map.of("n", "" + i)).build())));
        assertThat(codes).filteredOn(c -> c == null).hasSize(1);
        assertThat(codes).filteredOn(c -> c != null).containsOnly(ErrorCode.STALE_VERSION);
        long version = read((StoreTransaction tx) -> tx.users().find(T1, ann.id()).orElseThrow().version());
        assertThat(version).isEqualTo(1);
    }
}
