package dev.roster.benchmarks;

import dev.roster.adapters.argon2.Argon2PasswordHasher;
import dev.roster.adapters.inmemory.InMemoryRosterStore;
import dev.roster.core.Roster;
import dev.roster.core.access.Actor;
import dev.roster.core.credential.LockoutPolicy;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.tenant.TenantBootstrap;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.user.ProfileFields;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A password sign-in on the in-memory store with Argon2id at OWASP's minimum, against the raw
 * verification of the same hash (what a sign-in cannot avoid); and the refusals for a wrong
 * password and for an unknown account, which must cost the same. Lockout is off, so every wrong
 * password is checked in full.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LoginBenchmark {
    static final String PASSWORD = "correct horse battery staple";
    static final TenantId TENANT = TenantId.of("bench");
    static final SignInContext FROM = new SignInContext("203.0.113.7", "Mozilla/5.0");

    @State(Scope.Benchmark)
    public static class World {
        final Argon2PasswordHasher hasher = Argon2PasswordHasher.owaspMinimum();
        Roster roster;
        String storedHash;

        @Setup(Level.Trial)
        public void build() {
            Permission manage = Permission.of("users.manage");
            Policy policy = Policy.builder().permissions(Set.of(manage)).adminPermission(manage)
                    .role(RoleDefinition.of("admin", "Admin", Set.of(manage))).role(RoleDefinition.of("member", "Member", Set.of()))
                    .defaultRole(RoleId.of("member")).build();
            roster = Roster.builder().store(new InMemoryRosterStore()).withoutMail().policy(policy)
                    .passwords(PasswordSettings.builder().hasher(hasher).lockout(LockoutPolicy.off()).build()).build();
            User admin = roster.tenants().bootstrap(TenantBootstrap.of(TENANT, "Bench", "admin@bench.example"));
            Actor actor = Actor.user(TENANT, admin.id());
            User grace = roster.users().create(actor, CreateUserCommand.of("grace@bench.example", ProfileFields.EMPTY, null, null));
            String temporary = roster.credentials().issueTemporaryPassword(actor, grace.id()).reveal();
            roster.credentials().changePassword(Actor.user(TENANT, grace.id()), temporary, PASSWORD);
            storedHash = hasher.hash(PASSWORD);
            if (roster.credentials().authenticate(TENANT, "grace@bench.example", PASSWORD, FROM).outcome() != SignInResult.Outcome.SIGNED_IN
                    || !hasher.verify(PASSWORD, storedHash)) {
                throw new IllegalStateException("the sign-in and the raw verification must both succeed");
            }
        }
    }

    /**
     * The four in turn, each timed, so that all four sample the same moments of a noisy machine
     * (Argon2id is memory-bound, and separate runs of it drift by ±30% here). The counters give each
     * one's total time and count; their quotients are the figures to compare.
     */
    @State(Scope.Thread)
    @org.openjdk.jmh.annotations.AuxCounters(org.openjdk.jmh.annotations.AuxCounters.Type.EVENTS)
    public static class Turns {
        public long rawNanos;
        public long loginNanos;
        public long wrongNanos;
        public long unknownNanos;
        public long rounds;
        int next;
    }

    @Benchmark
    @org.openjdk.jmh.annotations.Threads(1)
    public Object interleaved(World world, Turns turns) {
        long start = System.nanoTime();
        Object result;
        switch (turns.next) {
            case 0 -> {
                result = rawVerify(world);
                turns.rawNanos += System.nanoTime() - start;
            }
            case 1 -> {
                result = login(world);
                turns.loginNanos += System.nanoTime() - start;
            }
            case 2 -> {
                result = wrongPassword(world);
                turns.wrongNanos += System.nanoTime() - start;
            }
            default -> {
                result = unknownUser(world);
                turns.unknownNanos += System.nanoTime() - start;
                turns.rounds++;
            }
        }
        turns.next = (turns.next + 1) % 4;
        return result;
    }

    @Benchmark
    public boolean rawVerify(World world) {
        return world.hasher.verify(PASSWORD, world.storedHash);
    }

    @Benchmark
    public SignInResult login(World world) {
        return world.roster.credentials().authenticate(TENANT, "grace@bench.example", PASSWORD, FROM);
    }

    @Benchmark
    public SignInResult wrongPassword(World world) {
        return world.roster.credentials().authenticate(TENANT, "grace@bench.example", "wrong horse battery staple", FROM);
    }

    @Benchmark
    public SignInResult unknownUser(World world) {
        return world.roster.credentials().authenticate(TENANT, "nobody@bench.example", PASSWORD, FROM);
    }
}
