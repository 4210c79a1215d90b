package dev.roster.spi.model;

import com.ibm.icu.text.IDNA;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import rocks.xmpp.precis.PrecisProfiles;

/**
 * The canonical key of an email address, the rule behind {@link EmailAddress}: one key for
 * addresses that are the same to a person, and a refusal where a spelling could pass for another.
 *
 * <ul>
 *   <li>Local part: an RFC 5322 dot-atom (no quotes, comments, spaces, commas or other specials,
 *       which would give one mailbox several spellings or split a header), then RFC 8265
 *       UsernameCaseMapped (rocks.xmpp precis): width mapping, lower case, NFC.
 *   <li>Domain: UTS #46 nontransitional IDNA to ASCII with STD3 rules (ICU4J), so {@code ß} and
 *       {@code ss} stay two domains, as browsers read them.
 *   <li>Look-alikes (UTS #39 through ICU4J's SpoofChecker): spaces, invisible and control
 *       characters are refused; every other character must be recommended for identifiers (no IPA
 *       letters such as the one-storey ɑ, no Cherokee); scripts may mix only as far as "highly
 *       restrictive" allows; no mark may hide on a letter (i with a dot above is drawn as i); and a
 *       part written in another script that reads wholly as ASCII (Greek ραρα, Armenian հսցօ) is
 *       refused. Letters of living alphabets stay letters of their own: the dotless ı is not an i.
 * </ul>
 *
 * Nothing here depends on the default locale. ASCII addresses, the common case, take a fast path
 * that gives the same answer.
 */
final class EmailIdentity {
    private static final int MAX_LOCAL_LENGTH = 64;
    /** What an RFC 5322 dot-atom may hold besides letters, digits and dots. */
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

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
        refuseInvisible(raw, local, "local part");
        requireDotAtom(raw, local);
        if (isAscii(local)) {
            return local.toLowerCase(Locale.ROOT); // what the profile gives for ASCII, without its cost
        }
        String key;
        try {
            key = PrecisProfiles.USERNAME_CASE_MAPPED.enforce(local);
        } catch (IllegalArgumentException e) {
            throw invalid(raw, "has a character an address may not hold in its local part (" + e.getMessage() + ")");
        }
        Unicode.refuseLookAlike(raw, key, "local part"); // judged as mapped: fullwidth letters are their ASCII selves
        return key;
    }

    private static String domainKey(String raw, String domain) {
        if (isStd3Ascii(domain)) {
            return requireDot(raw, domain.toLowerCase(Locale.ROOT)); // what IDNA would return, without its cost
        }
        refuseInvisible(raw, domain, "domain");
        String ascii = Unicode.toAscii(raw, domain);
        for (String label : Unicode.toUnicode(ascii).split("\\.")) {
            Unicode.refuseLookAlike(raw, label, "domain");
        }
        if (!isStd3Ascii(ascii)) {
            throw invalid(raw, "has an invalid domain");
        }
        return requireDot(raw, ascii);
    }

    /** RFC 5322 dot-atom: atext runs (any non-ASCII character counts as atext, RFC 6531) joined by single dots. */
    private static void requireDotAtom(String raw, String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw invalid(raw, "has a local part that starts or ends with a dot or holds two dots in a row");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean atext = c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                    || ATEXT_SPECIALS.indexOf(c) >= 0;
            if (!atext) {
                throw invalid(raw, "has '" + c + "' in its local part; quotes, comments and specials are not accepted");
            }
        }
    }

    private static void refuseInvisible(String raw, String part, String where) {
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp) || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                throw invalid(raw, "has a space, an invisible or a control character in its " + where);
            }
            i += Character.charCount(cp);
        }
    }

    private static String requireDot(String raw, String domain) {
        if (domain.indexOf('.') < 0) {
            throw invalid(raw, "has an invalid domain");
        }
        return domain;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
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

    static IllegalArgumentException invalid(String raw, String why) {
        return new IllegalArgumentException("email '" + raw + "' " + why);
    }

    /** The ICU4J parts, loaded on the first address that is not ASCII. */
    private static final class Unicode {
        private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
                | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO | IDNA.USE_STD3_RULES);
        private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .setAllowedChars(new UnicodeSet(SpoofChecker.RECOMMENDED).addAll(SpoofChecker.INCLUSION).addAll(ATEXT_SPECIALS).freeze())
                .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.CHAR_LIMIT | SpoofChecker.HIDDEN_OVERLAY
                        | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE)
                .build();

        private Unicode() {
        }

        static void refuseLookAlike(String raw, String part, String where) {
            SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
            if (SPOOF.failsChecks(part, result)) {
                throw invalid(raw, "has characters in its " + where + " that could pass for others (" + reason(result.checks) + ")");
            }
            boolean otherScript = part.codePoints().mapToObj(UnicodeScript::of).anyMatch(s -> s != UnicodeScript.LATIN
                    && s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED);
            if (otherScript && isAscii(SPOOF.getSkeleton(part))) {
                throw invalid(raw, "has a " + where + " that reads as ASCII letters written in another script");
            }
        }

        static String toAscii(String raw, String domain) {
            IDNA.Info info = new IDNA.Info();
            StringBuilder ascii = new StringBuilder();
            UTS46.nameToASCII(domain, ascii, info);
            if (info.hasErrors()) {
                throw invalid(raw, "has an invalid domain");
            }
            return ascii.toString().toLowerCase(Locale.ROOT);
        }

        static String toUnicode(String ascii) {
            return UTS46.nameToUnicode(ascii, new StringBuilder(), new IDNA.Info()).toString();
        }

        private static String reason(int checks) {
            if ((checks & SpoofChecker.HIDDEN_OVERLAY) != 0) {
                return "a mark hides on a letter";
            }
            if ((checks & SpoofChecker.CHAR_LIMIT) != 0) {
                return "a character not recommended for identifiers";
            }
            if ((checks & SpoofChecker.RESTRICTION_LEVEL) != 0) {
                return "mixed scripts";
            }
            return "mixed digits or repeated marks";
        }
    }
}
