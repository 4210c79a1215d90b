package dev.roster.core.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The 30,000 most common passwords (zxcvbn 4.4.2's list, MIT licensed: see NOTICE), lower case,
 * read once when first needed.
 */
final class CommonPasswords {
    private static final String RESOURCE = "/dev/roster/core/credential/common-passwords.txt";

    private CommonPasswords() {
    }

    /**
     * @param lowerCase a password in lower case
     * @return whether it is on the list
     */
    static boolean contains(String lowerCase) {
        return List.WORDS.contains(lowerCase);
    }

    /** Holder: the list is read on first use, by the class loader's lock, once. */
    private static final class List {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from core's jar");
                }
                Set<String> words = new HashSet<>(40_000);
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isEmpty()).forEach(words::add);
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
