package dev.roster.adapters.argon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = Argon2PasswordHasher.owaspMinimum();

    @Test
    void aHashIsAPhcStringAtOwaspsMinimumWithAFreshSaltEachTime() {
        String first = hasher.hash("correct horse battery staple");
        String second = hasher.hash("correct horse battery staple");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(second).isNotEqualTo(first);
        assertThat(hasher.verify("correct horse battery staple", first)).isTrue();
        assertThat(hasher.verify("correct horse battery staple", second)).isTrue();
        assertThat(hasher.needsRehash(first)).isFalse();
    }

    @Test
    void exactlyWhatWasTypedIsVerified() {
        String stored = hasher.hash("Correct Horse é");
        assertThat(hasher.verify("Correct Horse é", stored)).isTrue();
        assertThat(hasher.verify("correct horse é", stored)).as("no case folding").isFalse();
        assertThat(hasher.verify(" Correct Horse é", stored)).as("no trimming").isFalse();
        assertThat(hasher.verify("Correct Horse é ", stored)).as("no trimming").isFalse();
        assertThat(hasher.verify("Correct Horse e\u0301", stored)).as("no normalisation").isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
    }

    @Test
    void anUnpairedSurrogateNeverPassesForTheQuestionMarkUtf8WouldMakeOfIt() {
        String stored = hasher.hash("tulip?orchid?fern");
        assertThat(hasher.verify("tulip?orchid?fern", stored)).isTrue();
        assertThat(hasher.verify("tulip\uD800orchid\uDC00fern", stored)).isFalse();
        assertThatThrownBy(() -> hasher.hash("tulip\uD800orchid")).isInstanceOf(IllegalArgumentException.class);
        assertThat(hasher.verify("emoji \uD83D\uDE00", hasher.hash("emoji \uD83D\uDE00"))).as("a pair is fine").isTrue();
    }

    @Test
    void aWeakerHashIsCheckedWithItsOwnParametersAndMarkedForReplacement() {
        String weak = Password.hash("hunter2hunter2").addRandomSalt(16)
                .with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13)).getResult();

        assertThat(hasher.verify("hunter2hunter2", weak)).as("read with m=4096,t=1, not today's parameters").isTrue();
        assertThat(hasher.verify("hunter2hunter3", weak)).isFalse();
        assertThat(hasher.needsRehash(weak)).isTrue();

        Argon2PasswordHasher stronger = Argon2PasswordHasher.builder().memoryKiB(24 * 1024).build();
        String today = hasher.hash("hunter2hunter2");
        assertThat(stronger.verify("hunter2hunter2", today)).isTrue();
        assertThat(stronger.needsRehash(today)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("hunter2hunter2"))).isFalse();
    }

    @Test
    void valuesThatAreNoArgon2idHashNeverMatchNorThrow() {
        String valid = hasher.hash("p4ssword-long");
        String absurdMemory = valid.replace("m=19456", "m=4000000");
        for (String stored : new String[] {null, "", "p4ssword-long", "$2a$10$abcdefghijklmnopqrstuuLpX6Uo3T2s6W1bZc9n0Xn0t0p4e",
                valid.replace("$argon2id$", "$argon2i$"), valid.substring(0, valid.length() - 10), valid.replace("m=19456", "m=x"),
                absurdMemory}) {
            assertThat(hasher.verify("p4ssword-long", stored)).as(String.valueOf(stored)).isFalse();
            assertThat(hasher.needsRehash(stored)).as(String.valueOf(stored)).isTrue();
        }
    }

    @Test
    void aCostBelowOwaspsMinimumIsRefused() {
        assertThatThrownBy(() -> Argon2PasswordHasher.builder().memoryKiB(19455).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OWASP");
        assertThatThrownBy(() -> Argon2PasswordHasher.builder().iterations(1).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2PasswordHasher.builder().iterations(1).memoryKiB(47103).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2PasswordHasher.builder().parallelism(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argon2PasswordHasher.builder().memoryKiB(2 * 1024 * 1024).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Argon2PasswordHasher.builder().iterations(1).memoryKiB(47104).build().hash("x")).startsWith("$argon2id$v=19$m=47104,t=1,p=1$");
        assertThat(hasher).hasToString("Argon2id(m=19456 KiB, t=2, p=1)");
    }
}
