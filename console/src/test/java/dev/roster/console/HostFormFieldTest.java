package dev.roster.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.core.access.Actor;
import dev.roster.core.presets.TwoRoleWorkspace;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.UserId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The host's own form field (Spring Security's CSRF token, say) in every form the console renders, for that request only. */
class HostFormFieldTest {
    private static final String HOST_TOKEN = "X-Host-Token";
    private final Fixture f = new Fixture(TwoRoleWorkspace.policy(), TestStoreFactory.freshStore(), LifecycleHooks.NONE, true);
    private final Console console = Console.builder(f.roster)
            .authorizer(r -> r.header(ConsoleFixture.ACTING).map(id -> Actor.user(f.tenant, UserId.parse(id))))
            .hostFormField(r -> r.header(HOST_TOKEN).map(value -> new HostFormField("_csrf", value))).build();

    private Document page(String path, String hostToken) {
        Map<String, List<String>> headers = new java.util.HashMap<>(Map.of("Host", List.of(ConsoleFixture.HOST), ConsoleFixture.ACTING,
                List.of(f.admin.id().toString())));
        Optional.ofNullable(hostToken).ifPresent(t -> headers.put(HOST_TOKEN, List.of(t)));
        ConsoleResponse response = console.handle(new ConsoleRequest("GET", "/roster", path, Map.of(), Map.of(), headers, "192.0.2.1", null));
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void everyFormOfThePageCarriesTheFieldOfThisRequestAndTheConsolesOwnToken() {
        Document users = page("/users", "t0k&n=1");
        Document person = page("/users/" + f.admin.id(), "t0k&n=1");
        for (Document page : List.of(users, person)) {
            List<Element> forms = page.select("form[method=post]");
            assertThat(forms).hasSizeGreaterThan(2);
            for (Element form : forms) {
                assertThat(form.select("input[type=hidden][name=_csrf]").eachAttr("value")).as(form.attr("action")).containsExactly("t0k&n=1");
                assertThat(form.select("input[name=csrf]")).as(form.attr("action")).hasSize(1);
            }
        }
        // A filter cannot read the streamed multipart body, so the upload's address carries the field, encoded.
        assertThat(users.selectFirst("form[enctype=multipart/form-data]").attr("action"))
                .isEqualTo("/roster/invitations/upload?_csrf=t0k%26n%3D1");
    }

    @Test
    void withoutTheHostsFieldTheFormsHaveOnlyTheConsolesToken() {
        Document users = page("/users", null);
        assertThat(users.select("input[name=_csrf]")).isEmpty();
        assertThat(users.selectFirst("form[enctype=multipart/form-data]").attr("action")).isEqualTo("/roster/invitations/upload");
        assertThat(new HostFormField("_csrf", "secret-value").toString()).doesNotContain("secret-value");
    }
}
