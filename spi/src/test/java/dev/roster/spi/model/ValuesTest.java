package dev.roster.spi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValuesTest {
    @Test
    void idsOrderUnsignedLikeTheDatabase() {
        UserId low = UserId.of(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"));
        UserId high = UserId.of(UUID.fromString("80000000-0000-0000-0000-000000000000"));
        assertThat(low.compareTo(high)).isNegative();
        assertThat(low.value().compareTo(high.value())).isPositive(); // what UUID.compareTo would say
    }

    @Test
    void valuesRejectBadShapesNamingTheValue() {
        assertThatThrownBy(() -> TenantId.of("has space")).hasMessageContaining("'has space'");
        assertThatThrownBy(() -> RoleId.of("Admin")).hasMessageContaining("'Admin'");
        assertThatThrownBy(() -> Permission.of("")).hasMessageContaining("''");
        assertThatThrownBy(() -> UserId.parse("nope")).hasMessageContaining("'nope'");
    }

    @Test
    void referrerOriginIsSchemeAndHostInLowerCase() {
        assertThat(new RegistrationSource("HTTPS://News.Example:8443/a?b", null, null).referrerOrigin()).isEqualTo("https://news.example:8443");
        assertThat(new RegistrationSource("not a url", null, null).referrerOrigin()).isEqualTo(RegistrationSource.UNPARSEABLE_ORIGIN);
        assertThat(RegistrationSource.NONE.referrerOrigin()).isNull();
    }
}
