package dev.roster.spi.model;

import java.lang.Character.UnicodeScript;
import java.net.IDN;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import rocks.xmpp.precis.PrecisProfiles;

/**
 * The canonical key of an email address, the rule behind {@link EmailAddress}: one key for
 * addresses that are the same to a person, and a refusal where a spelling could pass for another.
 *
 * <ul>
 *   <li>Local part: RFC 8265 UsernameCaseMapped (rocks.xmpp precis): width mapping, lower case,
 *       NFC, and only letters, digits and printable ASCII (no spaces, invisible or control
 *       characters). The Kelvin sign is a K; the dotless and the dotted i stay letters of their own.
 *   <li>Domain: the ideographic full stops read as dots, then IDNA to ASCII with STD3 rules (JDK
 *       {@link IDN}: IDNA2003 mapping, Unicode 3.2). Where UTS #46 would read a spelling otherwise
 *       (ß, final sigma, the zero-width joiners) the address is refused instead of guessed at, and so
 *       is any character beyond Unicode 3.2 or invisible.
 *   <li>Neither part mixes scripts beyond UTS #39's "highly restrictive" level (one script, or the
 *       Japanese, Chinese and Korean combinations with Latin), so a Cyrillic а cannot hide in a
 *       Latin name.
 * </ul>
 *
 * Nothing here depends on the default locale.
 */
final class EmailIdentity {
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Set<UnicodeScript> IGNORED = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.UNKNOWN);
    private static final List<Set<UnicodeScript>> ALLOWED_MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    /** Cyrillic and Greek lower-case letters that UTS #39's confusables table maps to a Latin letter. */
    private static final String LATIN_LOOKALIKES = "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04BB\u0501\u051B"
            + "\u051D\u04CF\u03BF\u03BD\u03B9\u03B1";

    private EmailIdentity() {
    }

    /** The key of {@code value} (trimmed, NFC); {@code raw} is what the message quotes. */
    static String key(String raw, String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
            throw invalid(raw, "needs exactly one '@' between a local part and a domain");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH) {
            throw invalid(raw, "local part is longer than " + MAX_LOCAL_LENGTH + " characters");
        }
        String key = localKey(raw, local) + "@" + domainKey(raw, domain);
        if (value.length() > Limits.EMAIL || key.length() > Limits.EMAIL) {
            throw invalid(raw, "is longer than " + Limits.EMAIL + " characters");
        }
        return key;
    }

    private static String localKey(String raw, String local) {
        if (isPrintableAscii(local)) {
            return local.toLowerCase(Locale.ROOT); // what the profile gives for printable ASCII, without its cost
        }
        refuseInvisible(raw, local, "local part");
        refuseMixedScripts(raw, local, "local part");
        try {
            return PrecisProfiles.USERNAME_CASE_MAPPED.enforce(local);
        } catch (IllegalArgumentException e) {
            throw invalid(raw, "has a character an address may not hold in its local part (" + e.getMessage() + ")");
        }
    }

    private static String domainKey(String raw, String domain) {
        String dotted = domain.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        String ascii;
        if (isStd3Ascii(dotted)) {
            ascii = dotted.toLowerCase(Locale.ROOT); // what IDN would return, without its costly preparation
        } else {
            refuseInvisible(raw, dotted, "domain");
            for (String label : dotted.split("\\.", -1)) {
                refuseMixedScripts(raw, label, "domain");
            }
            if (dotted.chars().anyMatch(c -> c == '\u00DF' || c == '\u03C2' || c == '\u200C' || c == '\u200D')) {
                throw invalid(raw, "has a domain with \u00DF, a final sigma or a joiner, which IDNA versions read differently");
            }
            try {
                ascii = IDN.toASCII(dotted, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw invalid(raw, "has an invalid domain");
            }
        }
        if (!isStd3Ascii(ascii) || ascii.indexOf('.') < 0) {
            throw invalid(raw, "has an invalid domain");
        }
        return ascii;
    }

    private static void refuseInvisible(String raw, String part, String where) {
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                throw invalid(raw, "has a space, an invisible or a control character in its " + where);
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * UTS #39 highly restrictive: one script, or Latin with Han and the Japanese, Chinese or Korean
     * scripts. And no part written wholly in Cyrillic or Greek letters that each look like a Latin one
     * (UTS #39's whole-script confusables, for the letters its confusables table maps to Latin).
     */
    private static void refuseMixedScripts(String raw, String part, String where) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        part.codePoints().mapToObj(UnicodeScript::of).filter(s -> !IGNORED.contains(s)).forEach(scripts::add);
        if (scripts.size() > 1 && ALLOWED_MIXES.stream().noneMatch(mix -> mix.containsAll(scripts))) {
            throw invalid(raw, "mixes scripts " + scripts + " in its " + where + ", so it could pass for another address");
        }
        if ((scripts.equals(EnumSet.of(UnicodeScript.CYRILLIC)) || scripts.equals(EnumSet.of(UnicodeScript.GREEK)))
                && part.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).allMatch(c -> LATIN_LOOKALIKES.indexOf(c) >= 0)) {
            throw invalid(raw, "is written in " + scripts.iterator().next().name().toLowerCase(Locale.ROOT)
                    + " letters that each look like a Latin one in its " + where + ", so it could pass for another address");
        }
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Labels of 1-63 ASCII letters, digits and inner hyphens, separated by single dots. */
    private static boolean isStd3Ascii(String domain) {
        int labelStart = 0;
        for (int i = 0; i <= domain.length(); i++) {
            char c = i == domain.length() ? '.' : domain.charAt(i);
            if (c == '.') {
                int length = i - labelStart;
                if (length < 1 || length > 63 || domain.charAt(labelStart) == '-' || domain.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String raw, String why) {
        return new IllegalArgumentException("email '" + raw + "' " + why);
    }
}
