package dev.roster.console.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Addresses inside the console, with their query strings encoded. */
public final class Links {
    /** An id in a path: a UUID's canonical form only, so every id the routes take parses. */
    public static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** What a page's own query string may hold when a form hands it back to redirect to: encoded characters only. */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%=&+*-]{0,4096}");

    private Links() {
    }

    /** {@code base + path}, then the non-empty parameters, in order, encoded. */
    public static String to(String base, String path, Map<String, String> params) {
        String query = query(params);
        return base + path + (query.isEmpty() ? "" : "?" + query);
    }

    public static String query(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() == null || p.getValue().isEmpty()) {
                continue;
            }
            out.append(out.isEmpty() ? "" : "&").append(encode(p.getKey())).append('=').append(encode(p.getValue()));
        }
        return out.toString();
    }

    /** A query string a form handed back, if it is one of ours; else nothing. */
    public static String ownQuery(String handedBack) {
        return handedBack != null && QUERY.matcher(handedBack).matches() ? handedBack : "";
    }

    /** The users page again, with the query string a form handed back if it is one of ours, and a notice. */
    public static String back(String base, String handedBack, String noticeName, String noticeValue) {
        Map<String, String> notice = new LinkedHashMap<>();
        notice.put(noticeName, noticeValue);
        return backWith(base, handedBack, query(notice));
    }

    /** The users page again, with the query string a form handed back if it is one of ours, and more of our own parameters. */
    public static String backWith(String base, String handedBack, String extra) {
        String query = ownQuery(handedBack);
        String joined = query.isEmpty() ? extra : extra.isEmpty() ? query : query + "&" + extra;
        return base + "/users" + (joined.isEmpty() ? "" : "?" + joined);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@link #back} as a redirect. */
    public static dev.roster.console.ConsoleResponse redirectTo(String base, String handedBack, String noticeName, String noticeValue) {
        return dev.roster.console.ConsoleResponse.redirect(back(base, handedBack, noticeName, noticeValue));
    }
}
