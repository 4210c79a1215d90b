package dev.roster.adapters.argon2;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class Argon2RoundTripProperties {
    private static final Argon2PasswordHasher HASHER = Argon2PasswordHasher.owaspMinimum();

    /** Any text, from any script, is its own password and no other's (about 0.1 s a try). */
    @Property(tries = 15)
    void aPasswordOpensItsHashAndAnAlteredOneDoesNot(@ForAll @StringLength(min = 1, max = 80) String password) {
        String stored = HASHER.hash(password);
        assertThat(HASHER.verify(password, stored)).isTrue();
        assertThat(HASHER.verify(password + "x", stored)).isFalse();
        assertThat(HASHER.verify(password.substring(1), stored)).isFalse();
    }
}
