package kz.gov.tsa.testwatchdog;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Makes a hung test JVM say where it hangs (issue "Fresh machine": a class-loading deadlock in Quarkus's bootstrap
 * ate CI's time without a word). Registered on every test class path through {@code META-INF/services}:
 * <ul>
 * <li>when no test starts or finishes for {@code tsa.test.stall-seconds} (default 600 s) — also during test
 * discovery, where that deadlock happened — it writes a dump of every thread (with the locks held and waited for)
 * and the tests still running, then again every {@code stall-seconds / 2};</li>
 * <li>after {@code 2 × stall-seconds} without progress it writes a last dump and halts the JVM (exit status 86):
 * surefire's {@code forkedProcessTimeoutInSeconds} was seen to let a sleeping test run on past its limit, so the
 * watchdog does not rely on it alone;</li>
 * <li>when the JVM is stopped while a test still runs or discovery has not ended, it writes the same dump from a
 * shutdown hook.</li>
 * </ul>
 * A dump goes to standard error (surefire's per-class output file) and to
 * {@code target/tsa-hang-dumps/<time>.txt}, which {@code ./tsa test} prints when the build fails.
 */
public final class HangWatchdog implements LauncherSessionListener, TestExecutionListener {

    private static final Duration STALL = Duration.ofSeconds(Long.getLong("tsa.test.stall-seconds", 600));
    /** Exit status of a test JVM this watchdog ended; surefire then reports the fork as crashed, naming the module. */
    static final int HUNG_EXIT_STATUS = 86;

    private final Map<String, Instant> running = new ConcurrentHashMap<>();
    private volatile boolean sessionOpen;
    private volatile Instant lastProgress = Instant.now();
    private volatile String phase = "discovery";
    private Thread watcher;
    private Thread hook;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        sessionOpen = true;
        lastProgress = Instant.now();
        session.getLauncher().registerTestExecutionListeners(this);
        watcher = Thread.ofPlatform().daemon().name("tsa-hang-watchdog").start(this::watch);
        hook = new Thread(() -> {
            if (sessionOpen && (!running.isEmpty() || "discovery".equals(phase))) {
                dump("the test JVM is stopping while " + (running.isEmpty() ? phase + " has not ended" : "tests still run"));
            }
        }, "tsa-hang-watchdog-exit");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        sessionOpen = false;
        if (watcher != null) {
            watcher.interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyStopping) {
            // the JVM is exiting; the hook sees sessionOpen == false and stays quiet
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        phase = "execution";
        progress();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        phase = "after execution";
        progress();
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        running.put(test.getUniqueId(), Instant.now());
        progress();
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        running.remove(test.getUniqueId());
        progress();
    }

    private void progress() {
        lastProgress = Instant.now();
    }

    private void watch() {
        Instant lastDump = Instant.EPOCH;
        try {
            while (sessionOpen) {
                Thread.sleep(Math.max(1_000, STALL.toMillis() / 20));
                Instant now = Instant.now();
                Duration quiet = Duration.between(lastProgress, now);
                if (quiet.compareTo(STALL.multipliedBy(2)) >= 0) {
                    dump("no test started or finished for " + quiet.toSeconds() + " s (" + phase
                            + "): the test JVM is ended now (exit status " + HUNG_EXIT_STATUS + ")");
                    Runtime.getRuntime().halt(HUNG_EXIT_STATUS);
                }
                if (quiet.compareTo(STALL) >= 0 && Duration.between(lastDump, now).compareTo(STALL.dividedBy(2)) >= 0) {
                    dump("no test started or finished for " + quiet.toSeconds() + " s (" + phase + ")");
                    lastDump = now;
                }
            }
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the dump; public for its test. */
    synchronized Path dump(String why) {
        StringBuilder text = new StringBuilder(64 * 1024);
        text.append("=== TSA hang watchdog: ").append(why).append(" — ").append(Instant.now())
                .append(" — working directory ").append(Path.of("").toAbsolutePath()).append('\n');
        text.append("Tests running:").append(running.isEmpty() ? " none (" + phase + ")" : "").append('\n');
        running.forEach((id, since) -> text.append("  ").append(id).append(" since ").append(since).append('\n'));
        text.append("Threads:\n");
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            text.append(describe(info));
        }
        PrintStream err = System.err;
        err.println(text);
        err.flush();
        try {
            Path dir = Path.of("target", "tsa-hang-dumps");
            Files.createDirectories(dir);
            Path file = dir.resolve("hang-" + Instant.now().toString().replace(':', '-') + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            err.println("TSA hang watchdog: could not write the dump file: " + e);
            return null;
        }
    }

    /** Like {@link ThreadInfo#toString()} but with the whole stack (that one stops after 8 frames). */
    static String describe(ThreadInfo info) {
        StringBuilder s = new StringBuilder();
        s.append('"').append(info.getThreadName()).append("\" id=").append(info.getThreadId()).append(' ')
                .append(info.getThreadState());
        if (info.getLockName() != null) {
            s.append(" on ").append(info.getLockName());
        }
        if (info.getLockOwnerName() != null) {
            s.append(" owned by \"").append(info.getLockOwnerName()).append("\" id=").append(info.getLockOwnerId());
        }
        s.append('\n');
        StackTraceElement[] stack = info.getStackTrace();
        for (int i = 0; i < stack.length; i++) {
            s.append("\tat ").append(stack[i]).append('\n');
            for (var monitor : info.getLockedMonitors()) {
                if (monitor.getLockedStackDepth() == i) {
                    s.append("\t- locked ").append(monitor).append('\n');
                }
            }
        }
        for (var sync : info.getLockedSynchronizers()) {
            s.append("\t- locked synchronizer ").append(sync).append('\n');
        }
        return s.append('\n').toString();
    }
}
