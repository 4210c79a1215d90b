package dev.roster.adapters.jdbc;

import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Text forms of the small maps and sets a row carries (roles, overrides, attributes, details).
 * Sets are written {@code ",a,b,"} so a role can be matched with {@code LIKE '%,a,%'}; maps as
 * {@code k=v} pairs joined by {@code &}, with keys and values URL-encoded. Sorted, so equal values
 * give equal text.
 */
final class Codec {
    private Codec() {
    }

    static String set(Collection<String> values) {
        if (values.isEmpty()) {
            return ",";
        }
        return "," + String.join(",", new TreeSet<>(values)) + ",";
    }

    static Set<String> set(String text) {
        Set<String> values = new LinkedHashSet<>();
        if (text == null) {
            return values;
        }
        for (String part : text.split(",")) {
            if (!part.isEmpty()) {
                values.add(part);
            }
        }
        return values;
    }

    static String map(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return text.toString();
    }

    static Map<String, String> map(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return values;
    }

    /** Grants and denies (overrides, permission flags, tenant defaults) as {@code permission=GRANT} pairs. */
    static String effects(Map<Permission, Effect> effects) {
        Map<String, String> text = new LinkedHashMap<>();
        effects.forEach((permission, effect) -> text.put(permission.value(), effect.name()));
        return map(text);
    }

    static Map<Permission, Effect> effects(String text) {
        Map<Permission, Effect> effects = new LinkedHashMap<>();
        map(text).forEach((permission, effect) -> effects.put(Permission.of(permission), Effect.valueOf(effect)));
        return effects;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
