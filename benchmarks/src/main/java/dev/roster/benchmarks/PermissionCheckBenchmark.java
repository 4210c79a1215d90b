package dev.roster.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One permission check: Roster (cached resolved set, bit test) against jCasbin's
 * {@code Enforcer.enforce} on the equivalent RBAC rules, and against a plain {@code HashMap.get}
 * over the same users. "small" is 5 rules (2 users, 2 roles); "large" is 100,000 users, 10,000
 * roles and 110,000 rules. Each call moves to the next user, the same way in all three.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class PermissionCheckBenchmark {

    /** Roster and the HashMap; no jCasbin in this JVM. */
    @State(Scope.Benchmark)
    public static class Data {
        @Param({"small", "large"})
        public String size;

        PermissionWorld world;

        @Setup(Level.Trial)
        public void build() {
            world = build(size, false);
        }

        static PermissionWorld build(String size, boolean withCasbin) {
            PermissionWorld world = "small".equals(size)
                    ? new PermissionWorld(2, 2, 2, withCasbin)
                    : new PermissionWorld(100_000, 10_000, 100, withCasbin);
            if ("small".equals(size) && withCasbin) {
                // The fifth rule (2 p + 2 g so far): a grant no check asks for.
                world.enforcer.addPolicy("r1", "obj0", "write");
            }
            world.verify();
            return world;
        }
    }

    /** The same data with the jCasbin enforcer. */
    @State(Scope.Benchmark)
    public static class CasbinData {
        @Param({"small", "large"})
        public String size;

        PermissionWorld world;

        @Setup(Level.Trial)
        public void build() {
            world = Data.build(size, true);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public boolean roster(Data data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.checks.check(w.tenant, w.userIds[i], w.permissionIndexes[i]);
    }

    @Benchmark
    public boolean jcasbin(CasbinData data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.enforcer.enforce(w.userNames[i], w.objects[i], "read");
    }

    /** Where the time goes: the concurrent map Roster's cache is built on, without the bit test. */
    @Benchmark
    public Object chmGet(Data data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.chm.get(w.userIds[i]);
    }

    @Benchmark
    public Object hashMapGet(Data data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.hashMap.get(w.userIds[i]);
    }
}
