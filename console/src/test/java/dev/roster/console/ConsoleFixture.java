package dev.roster.console;

import dev.roster.core.access.Actor;
import dev.roster.core.policy.Policy;
import dev.roster.core.support.Fixture;
import dev.roster.core.support.TestStoreFactory;
import dev.roster.spi.hooks.LifecycleHooks;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A Roster with a console whose authorizer trusts a test header naming the acting user: what a host's
 * login would decide, reduced to one header.
 */
final class ConsoleFixture {
    static final String ACTING = "X-Test-User";
    static final String HOST = "console.example";
    private static final byte[] KEY = "a form key of the tests, 32 bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final Fixture f;
    final Console console;

    ConsoleFixture(Policy policy) {
        f = new Fixture(policy, TestStoreFactory.freshStore(), LifecycleHooks.NONE, false);
        console = Console.builder(f.roster).formKey(KEY).authorizer(request -> request.header(ACTING)
                .map(id -> Actor.user(f.tenant, UserId.parse(id)))).build();
    }

    ConsoleResponse get(User as, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        var query = dev.roster.console.internal.Forms.parse(q < 0 ? null : pathAndQuery.substring(q + 1));
        return console.handle(new ConsoleRequest("GET", "/roster", path, query, Map.of(), headers(as, null), "192.0.2.1", null));
    }

    Document page(User as, String pathAndQuery) {
        ConsoleResponse response = get(as, pathAndQuery);
        return Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A POST from a page of the console, with the token of {@code as} unless another is given. */
    ConsoleResponse post(User as, String path, Map<String, String> fields) {
        Map<String, List<String>> form = new java.util.HashMap<>();
        fields.forEach((k, v) -> form.put(k, List.of(v)));
        return console.handle(new ConsoleRequest("POST", "/roster", path, Map.of(), form, headers(as, "https://" + HOST), "192.0.2.1", null));
    }

    /** The token of {@code as}, as a page of the console would carry it, also for someone no page is shown to. */
    String tokenOf(User as) {
        return new dev.roster.console.internal.Guard(KEY).token(f.actor(as));
    }

    /** The token the users page gives {@code as}. */
    String token(User as) {
        return page(as, "/users").selectFirst("input[name=csrf]").attr("value");
    }

    private static Map<String, List<String>> headers(User as, String origin) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        headers.put("Host", List.of(HOST));
        if (as != null) {
            headers.put(ACTING, List.of(as.id().toString()));
        }
        Optional.ofNullable(origin).ifPresent(o -> headers.put("Origin", List.of(o)));
        return headers;
    }
}
