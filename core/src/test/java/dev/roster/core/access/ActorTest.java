package dev.roster.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A missing user id must never become the trusted system actor. */
class ActorTest {
    private static final TenantId ACME = TenantId.of("acme");

    @Test
    void aUserActorNeedsItsUserAndThereIsNoConstructorThatSkipsTheCheck() {
        assertThatThrownBy(() -> Actor.user(ACME, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("userId");
        assertThat(Actor.class.getConstructors()).as("public constructors").isEmpty();
    }

    @Test
    void onlyTheSystemFactoryMakesTheSystem() {
        UserId ann = UserId.of(UUID.randomUUID());
        assertThat(Actor.user(ACME, ann).isSystem()).isFalse();
        assertThat(Actor.user(ACME, ann).userId()).contains(ann);
        assertThat(Actor.system(ACME).isSystem()).isTrue();
        assertThat(Actor.system(ACME).userId()).isEmpty();
        assertThat(Actor.user(ACME, ann)).isEqualTo(Actor.user(ACME, ann)).isNotEqualTo(Actor.system(ACME));
        assertThat(Actor.system(ACME).toString()).contains("system");
    }
}
