package dev.roster.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.core.credential.LockoutPolicy.Strategy;
import dev.roster.spi.access.LockoutState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keycloak's lockout tables, on a clock of our own: no sleeps. */
class LockoutPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final Duration THIRTY = Duration.ofSeconds(30);

    /** The wait (in seconds) imposed after each of {@code n} failures, one second apart. */
    private static List<Long> waits(LockoutPolicy policy, int n) {
        List<Long> waits = new ArrayList<>();
        LockoutState state = LockoutState.CLEAR;
        Instant now = T0;
        for (int i = 0; i < n; i++) {
            now = now.plusSeconds(1);
            state = policy.afterFailure(state, now);
            waits.add(state.lockedUntil() == null || !state.lockedUntil().isAfter(now) ? 0 : Duration.between(now, state.lockedUntil())
                    .toSeconds());
        }
        return waits;
    }

    @Test
    void multipleAddsAnIncrementForEveryFiveFailures() {
        LockoutPolicy policy = LockoutPolicy.temporary(Strategy.MULTIPLE, 5, THIRTY, Duration.ofMinutes(15), Duration.ofHours(12));
        assertThat(waits(policy, 16)).containsExactly(0L, 0L, 0L, 0L, 30L, 30L, 30L, 30L, 30L, 60L, 60L, 60L, 60L, 60L, 90L, 90L);
        assertThat(LockoutPolicy.defaults().waitAfter(5)).isEqualTo(THIRTY);
    }

    @Test
    void linearAddsAnIncrementForEveryFailurePastTheThresholdUpToTheLongestWait() {
        LockoutPolicy policy = LockoutPolicy.temporary(Strategy.LINEAR, 5, THIRTY, Duration.ofSeconds(150), Duration.ofHours(12));
        assertThat(waits(policy, 11)).containsExactly(0L, 0L, 0L, 0L, 30L, 60L, 90L, 120L, 150L, 150L, 150L);
    }

    @Test
    void aStreakEndsAfterTheResetTimeOrASuccessfulSignIn() {
        LockoutPolicy policy = LockoutPolicy.temporary(Strategy.MULTIPLE, 5, THIRTY, Duration.ofMinutes(15), Duration.ofHours(12));
        LockoutState state = LockoutState.CLEAR;
        for (int i = 0; i < 4; i++) {
            state = policy.afterFailure(state, T0.plusSeconds(i));
        }
        assertThat(policy.afterFailure(state, T0.plus(Duration.ofHours(12)).plusSeconds(3)).failures()).as("12 h after the last").isEqualTo(1);
        assertThat(policy.afterFailure(state, T0.plus(Duration.ofHours(12))).failures()).isEqualTo(5);
        LockoutState afterSuccess = policy.afterSuccess(state);
        assertThat(afterSuccess.failures()).isZero();
        assertThat(policy.afterFailure(afterSuccess, T0.plusSeconds(5)).lockedAt(T0.plusSeconds(5))).isFalse();
    }

    @Test
    void aTemporaryLockoutEndsByItselfAndFailuresWhileLockedKeepCounting() {
        LockoutPolicy policy = LockoutPolicy.defaults();
        LockoutState state = LockoutState.CLEAR;
        for (int i = 1; i <= 5; i++) {
            state = policy.afterFailure(state, T0.plusSeconds(i));
        }
        assertThat(state.lockedAt(T0.plusSeconds(5))).isTrue();
        assertThat(state.lockedAt(T0.plusSeconds(34))).isTrue();
        assertThat(state.lockedAt(T0.plusSeconds(35))).as("30 s after the fifth failure").isFalse();
        assertThat(state.temporaryLockouts()).isEqualTo(1);
        LockoutState during = policy.afterFailure(state, T0.plusSeconds(10));
        assertThat(during.failures()).isEqualTo(6);
        assertThat(during.temporaryLockouts()).as("the same lockout, extended").isEqualTo(1);
    }

    @Test
    void permanentLocksUntilAnAdminUnlocks() {
        LockoutPolicy policy = LockoutPolicy.permanent(5, Duration.ofHours(12));
        LockoutState state = LockoutState.CLEAR;
        for (int i = 1; i <= 5; i++) {
            state = policy.afterFailure(state, T0.plusSeconds(i));
            assertThat(state.lockedForGood()).as("failure %d", i).isEqualTo(i == 5);
        }
        assertThat(state.lockedAt(T0.plus(Duration.ofDays(365)))).isTrue();
        assertThat(policy.afterSuccess(state).lockedForGood()).as("a sign-in cannot lift it").isTrue();
        assertThat(policy.afterFailure(state, T0.plus(Duration.ofDays(2))).lockedForGood()).as("nor the reset time").isTrue();
        assertThat(policy.unlocked().lockedAt(T0)).isFalse();
    }

    @Test
    void temporaryTurnsPermanentAtTheLockoutAfterTheAllowedTemporaryOnes() {
        LockoutPolicy policy = LockoutPolicy.temporaryThenPermanent(Strategy.MULTIPLE, 3, THIRTY, Duration.ofMinutes(15),
                Duration.ofHours(12), 2);
        LockoutState state = LockoutState.CLEAR;
        Instant now = T0;
        List<String> story = new ArrayList<>();
        for (int lockout = 1; lockout <= 3; lockout++) {
            for (int i = 0; i < 3; i++) {
                now = now.plusSeconds(1);
                state = policy.afterFailure(state, now);
            }
            story.add(state.lockedForGood() ? "for good" : "temporary " + state.temporaryLockouts());
            now = state.lockedUntil() == null ? now : state.lockedUntil();
            state = policy.afterSuccess(state);
        }
        assertThat(story).containsExactly("temporary 1", "temporary 2", "for good");
    }

    @Test
    void offNeverLocksAndBadSettingsAreRefused() {
        assertThat(waits(LockoutPolicy.off(), 50)).containsOnly(0L);
        assertThatThrownBy(() -> LockoutPolicy.temporary(Strategy.LINEAR, 0, THIRTY, THIRTY, THIRTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LockoutPolicy.temporary(Strategy.LINEAR, 5, THIRTY, Duration.ofSeconds(10), THIRTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LockoutPolicy.temporaryThenPermanent(Strategy.LINEAR, 5, THIRTY, THIRTY, THIRTY, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
