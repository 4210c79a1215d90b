package dev.roster.adapters.argon2;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.roster.spi.access.PasswordHasher;
import dev.roster.spi.text.TextRules;


/**
 * Argon2id through Password4j, stored as PHC strings. A hash is verified with the parameters it
 * was made with (read from the hash itself): verifying an older, weaker hash with today's
 * parameters would fail even for the right password. Parameters below OWASP's minimum for Argon2id
 * (19 MiB with 2 passes, or 46 MiB with 1) are refused.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    /** OWASP's minimum memory with two passes, in KiB (19 MiB). */
    public static final int MINIMUM_MEMORY_KIB = 19 * 1024;
    /** OWASP's minimum memory with one pass, in KiB (46 MiB). */
    public static final int MINIMUM_MEMORY_ONE_PASS_KIB = 46 * 1024;
    /** The most memory a stored hash may ask for (1 GiB): a larger one is read as no hash at all. */
    static final int MOST_MEMORY_KIB = 1024 * 1024;
    private static final int SALT_BYTES = 16;
    private static final int OUTPUT_BYTES = 32;
    private static final int VERSION = Argon2Function.ARGON2_VERSION_13;

    private final Argon2Function function;

    private Argon2PasswordHasher(Argon2Function function) {
        this.function = function;
    }

    /** {@return a hasher at OWASP's minimum: 19 MiB, 2 passes, 1 lane (about 75 ms a hash on a small server)} */
    public static Argon2PasswordHasher owaspMinimum() {
        return builder().build();
    }

    /** {@return a builder, starting at OWASP's minimum} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String hash(CharSequence password) {
        if (TextRules.loneSurrogateAt(password) >= 0) {
            throw new IllegalArgumentException("a password with an unpaired surrogate would hash as if it held '?'");
        }
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    @Override
    public boolean verify(CharSequence password, String stored) {
        Argon2Function made = parametersOf(stored);
        // UTF-8 turns an unpaired surrogate into '?': without this, "a\uD800b" would open the hash of "a?b".
        return made != null && TextRules.loneSurrogateAt(password) < 0 && Password.check(password, stored).with(made);
    }

    @Override
    public boolean needsRehash(String stored) {
        Argon2Function made = parametersOf(stored);
        return made == null || made.getMemory() != function.getMemory() || made.getIterations() != function.getIterations()
                || made.getParallelism() != function.getParallelism() || made.getOutputLength() != function.getOutputLength();
    }

    /** The parameters of an Argon2id hash, or null when the value is no such hash (or asks for absurd memory). */
    private static Argon2Function parametersOf(String stored) {
        if (stored == null || !stored.startsWith("$argon2id$")) {
            return null;
        }
        try {
            Argon2Function made = Argon2Function.getInstanceFromHash(stored);
            return made.getVariant() == Argon2.ID && made.getMemory() <= MOST_MEMORY_KIB ? made : null;
        } catch (RuntimeException e) {
            return null; // not a hash Password4j can read
        }
    }

    @Override
    public String toString() {
        return "Argon2id(m=" + function.getMemory() + " KiB, t=" + function.getIterations() + ", p=" + function.getParallelism() + ")";
    }

    /** Sets the cost; {@link #build()} refuses anything below OWASP's minimum. */
    public static final class Builder {
        private int memoryKiB = MINIMUM_MEMORY_KIB;
        private int iterations = 2;
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * @param kib memory per hash, in KiB
         * @return this builder
         */
        public Builder memoryKiB(int kib) {
            this.memoryKiB = kib;
            return this;
        }

        /**
         * @param passes passes over the memory
         * @return this builder
         */
        public Builder iterations(int passes) {
            this.iterations = passes;
            return this;
        }

        /**
         * @param lanes lanes (threads) per hash
         * @return this builder
         */
        public Builder parallelism(int lanes) {
            this.parallelism = lanes;
            return this;
        }

        /**
         * @return the hasher
         * @throws IllegalArgumentException when the cost is below OWASP's minimum or out of range
         */
        public Argon2PasswordHasher build() {
            boolean owasp = iterations >= 2 && memoryKiB >= MINIMUM_MEMORY_KIB || iterations == 1 && memoryKiB >= MINIMUM_MEMORY_ONE_PASS_KIB;
            if (!owasp || memoryKiB > MOST_MEMORY_KIB || iterations > 100 || parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("Argon2id needs at least 19 MiB with 2 passes or 46 MiB with 1 (OWASP), at most 1 GiB,"
                        + " 100 passes and 16 lanes; got m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism);
            }
            return new Argon2PasswordHasher(Argon2Function.getInstance(memoryKiB, iterations, parallelism, OUTPUT_BYTES, Argon2.ID, VERSION));
        }
    }
}
