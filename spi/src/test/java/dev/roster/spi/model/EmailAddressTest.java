package dev.roster.spi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EmailAddressTest {
    @Test
    void canonicalKeyIsTrimmedCaseFoldedWithTheDomainInAscii() {
        EmailAddress email = EmailAddress.of("  Ann.Lee+Work@Bücher.Example ");
        assertThat(email.value()).isEqualTo("Ann.Lee+Work@Bücher.Example");
        assertThat(email.canonical()).isEqualTo("ann.lee+work@xn--bcher-kva.example");
        assertThat(email.domain()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void plusTagsAreDifferentMailboxes() {
        assertThat(EmailAddress.of("ann+a@x.example")).isNotEqualTo(EmailAddress.of("ann+b@x.example"));
        assertThat(EmailAddress.of("ANN@X.example")).isEqualTo(EmailAddress.of("ann@x.example"));
    }

    @Test
    void caseFoldingDoesNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(EmailAddress.of("IRIS@X.example").canonical()).isEqualTo("iris@x.example");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void badAddressesAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> EmailAddress.of("no-at-sign")).hasMessageContaining("'no-at-sign'");
        assertThatThrownBy(() -> EmailAddress.of("a@b@c.example")).hasMessageContaining("exactly one '@'");
        assertThatThrownBy(() -> EmailAddress.of("a b@c.example")).hasMessageContaining("space");
        assertThatThrownBy(() -> EmailAddress.of("a@localhost")).hasMessageContaining("invalid domain");
        assertThatThrownBy(() -> EmailAddress.of("a@-bad-.example")).hasMessageContaining("invalid domain");
        assertThatThrownBy(() -> EmailAddress.of("x".repeat(65) + "@c.example")).hasMessageContaining("local part");
        assertThatThrownBy(() -> EmailAddress.of(null)).hasMessageContaining("null");
        assertThatThrownBy(() -> EmailAddress.of(".a@c.example")).hasMessageContaining("dot");
        assertThatThrownBy(() -> EmailAddress.of("a..b@c.example")).hasMessageContaining("dot");
    }

    @Test
    void theAsciiFastPathAgreesWithIdnOnEdgeCases() {
        assertThat(EmailAddress.of("a@x-y.example").domain()).isEqualTo("x-y.example");
        assertThat(EmailAddress.of("a@" + "l".repeat(63) + ".example").domain()).hasSize(71);
        assertThatThrownBy(() -> EmailAddress.of("a@" + "l".repeat(64) + ".example")).hasMessageContaining("invalid domain");
        assertThatThrownBy(() -> EmailAddress.of("a@x..example")).hasMessageContaining("invalid domain");
        assertThatThrownBy(() -> EmailAddress.of("a@x_y.example")).hasMessageContaining("invalid domain");
        assertThatThrownBy(() -> EmailAddress.of("a@x.example.")).hasMessageContaining("invalid domain");
    }

    @Property
    void theCanonicalKeyIsAFixedPoint(@ForAll("addresses") String raw) {
        EmailAddress once = EmailAddress.of(raw);
        EmailAddress twice = EmailAddress.of(once.canonical());
        assertThat(twice.canonical()).isEqualTo(once.canonical());
        assertThat(EmailAddress.of(raw.toUpperCase(java.util.Locale.ROOT))).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> atom = Arbitraries.strings().withChars("abcXYZ019_+-!#$%&'*/=?^`{|}~").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(atoms -> String.join(".", atoms));
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefXYZ019").ofMinLength(1).ofMaxLength(10);
        return net.jqwik.api.Combinators.combine(local, label, label).as((l, d, tld) -> " " + l + "@" + d + "." + tld + " ");
    }

    @Test
    void aReleasedAddressReadsTheSameButItsKeyIsNoAddressesKey() {
        EmailAddress held = EmailAddress.of("Bob@X.example");
        UserId replacement = UserId.of(java.util.UUID.fromString("00000000-0000-0000-0000-00000000000b"));
        EmailAddress released = held.releasedTo(replacement);

        assertThat(released.value()).isEqualTo("Bob@X.example");
        assertThat(released.isReleased()).isTrue();
        assertThat(held.isReleased()).isFalse();
        assertThat(released.canonical()).isEqualTo("released:00000000-0000-0000-0000-00000000000b:bob@x.example").isNotEqualTo(held.canonical())
                .hasSizeLessThanOrEqualTo(Limits.EMAIL_KEY);
        assertThat(released.domain()).isEqualTo("x.example");
        assertThat(released.releasedTo(UserId.of(java.util.UUID.randomUUID()))).as("released once").isSameAs(released);
        assertThat(released.sameAddressAs(EmailAddress.of(" BOB@x.example"))).isTrue();
        assertThat(held.sameAddressAs(released)).isTrue();
        assertThat(released.sameAddressAs(EmailAddress.of("bobby@x.example"))).isFalse();
        assertThat(released).isNotEqualTo(held);
        assertThat(EmailAddress.stored(released.value(), released.canonical()).isReleased()).isTrue();
        for (String lookalike : new String[] {"released:bob@x.example", "Released:00000000-0000-0000-0000-00000000000b:bob@x.example"}) {
            assertThatThrownBy(() -> EmailAddress.of(lookalike)).as(lookalike).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
