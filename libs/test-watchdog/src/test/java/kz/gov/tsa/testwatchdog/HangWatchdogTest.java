package kz.gov.tsa.testwatchdog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class HangWatchdogTest {

    @Test
    void aDumpNamesTheBlockedThreadAndTheLockItWaitsFor() throws Exception {
        Object monitor = new Object();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().name("holder").start(() -> {
            synchronized (monitor) {
                holding.countDown();
                await(release);
            }
        });
        holding.await(5, TimeUnit.SECONDS);
        Thread waiter = Thread.ofPlatform().name("waiter").start(() -> {
            synchronized (monitor) {
                monitor.hashCode();
            }
        });
        while (waiter.getState() != Thread.State.BLOCKED) {
            Thread.sleep(10);
        }
        try {
            Path file = new HangWatchdog().dump("test");
            String text = Files.readString(file);
            assertThat(text).contains("TSA hang watchdog: test", "\"waiter\"", "BLOCKED", "owned by \"holder\"",
                    "- locked java.lang.Object@");
            Files.delete(file);
        } finally {
            release.countDown();
            holder.join();
            waiter.join();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
