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

    /**
     * The same data, while another thread changes 1,000 users' roles a second through Roster (each
     * change invalidates that user on this instance through the change feed, as another instance's
     * would). The writer's own allocation is printed at the end, to tell it from the checks'.
     */
    @State(Scope.Benchmark)
    public static class Busy {
        @Param({"small", "large"})
        public String size;

        PermissionWorld world;
        private Thread writer;
        private volatile boolean running = true;
        private long writerBytes;
        private long writerNanos;
        private long changes;

        @Setup(Level.Trial)
        public void build() {
            world = Data.build(size, false);
            writer = new Thread(this::changeRoles, "role-changer");
            writer.setDaemon(true);
            writer.start();
        }

        private void changeRoles() {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            dev.roster.core.access.Actor system = dev.roster.core.access.Actor.system(world.tenant);
            long start = System.nanoTime();
            long bytesAtStart = threads.getCurrentThreadAllocatedBytes();
            int next = 0;
            while (running) {
                dev.roster.spi.model.UserId id = world.userIds[next];
                next = next + 1 == world.userIds.length ? 0 : next + 1;
                dev.roster.spi.model.User user = world.roster.users().get(system, id);
                // Between two roles that are not the admin's, so no change ever meets the last-admin rule.
                String role = user.roles().contains(dev.roster.spi.model.RoleId.of("r0")) ? "r1" : "r0";
                world.roster.users().changeRoles(system, new dev.roster.core.user.ChangeRolesCommand(id, user.version(),
                        java.util.Set.of(dev.roster.spi.model.RoleId.of(role))));
                changes++;
                long due = start + changes * 1_000_000L; // 1,000 a second
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
            writerNanos = System.nanoTime() - start;
            writerBytes = threads.getCurrentThreadAllocatedBytes() - bytesAtStart;
        }

        @org.openjdk.jmh.annotations.TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            running = false;
            writer.join();
            double seconds = writerNanos / 1e9;
            System.out.printf("%nrole changes: %,d in %.1f s (%.0f/s); the writer allocated %.1f MB/s%n", changes, seconds,
                    changes / seconds, writerBytes / seconds / 1e6);
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
    public boolean rosterUnderChanges(Busy data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.checks.check(w.tenant, w.userIds[i], w.permissionIndexes[i]);
    }

    /** The control: the same writer running, a plain HashMap.get (what the machine's second core costs any lookup). */
    @Benchmark
    public Object hashMapGetUnderChanges(Busy data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.hashMap.get(w.userIds[i]);
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

    /**
     * The floor of any check: {@code HashMap.get} followed by the two tests a check cannot skip (the
     * set's tenant, the permission's bit), to tell the lookup's cost from the check's own work.
     */
    @Benchmark
    public boolean hashMapCheck(Data data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        dev.roster.core.permission.PermissionSet s = w.hashMap.get(w.userIds[i]);
        return s != null && s.tenant().equals(w.tenant) && s.contains(w.permissionIndexes[i]);
    }

    @Benchmark
    public Object hashMapGet(Data data, Cursor cursor) {
        PermissionWorld w = data.world;
        int i = cursor.advance(w.userIds.length);
        return w.hashMap.get(w.userIds[i]);
    }
}
