package dev.roster.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.credential.LockoutPolicy.Strategy;
import dev.roster.spi.access.LockoutState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LockoutProperties {
    /** Whatever the timing of the failures, no wait passes the longest, and a wait never shrinks within a streak. */
    @Property(tries = 300)
    void waitsAreBoundedAndGrowWithinAStreak(@ForAll Strategy strategy, @ForAll @IntRange(min = 1, max = 8) int maxFailures,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 20_000) Integer> gapsInSeconds) {
        Duration maxWait = Duration.ofMinutes(5);
        LockoutPolicy policy = LockoutPolicy.temporary(strategy, maxFailures, Duration.ofSeconds(30), maxWait, Duration.ofHours(1));
        LockoutState state = LockoutState.CLEAR;
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        Duration lastWait = Duration.ZERO;
        for (int gap : gapsInSeconds) {
            now = now.plusSeconds(gap);
            boolean newStreak = state.lastFailureAt() != null && !now.isBefore(state.lastFailureAt().plus(Duration.ofHours(1)));
            state = policy.afterFailure(state, now);
            Duration wait = state.lockedUntil() == null || !state.lockedUntil().isAfter(now) ? Duration.ZERO
                    : Duration.between(now, state.lockedUntil());
            assertThat(wait).isLessThanOrEqualTo(maxWait);
            if (!newStreak) {
                assertThat(wait).isGreaterThanOrEqualTo(lastWait);
            }
            lastWait = wait;
            assertThat(state.lockedAt(now)).isEqualTo(state.failures() >= maxFailures);
        }
    }
}
