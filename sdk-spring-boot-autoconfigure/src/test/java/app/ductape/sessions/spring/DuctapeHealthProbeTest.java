package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.testkit.MutableClock;
import app.ductape.sessions.transport.CallListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The health probe under concurrent health requests, against the emulator: one call, and no waiting on a slow one. */
class DuctapeHealthProbeTest {
    private final TestEmulator emulator = new TestEmulator();
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-25T12:00:00Z"));
    private final AtomicInteger calls = new AtomicInteger();
    private final SessionsService sessions = emulator.emulator.sessionsServiceBuilder().maxRetries(0)
        .transport(t -> t.callListener(new CallListener() {
            @Override
            public void onAttempt(Attempt attempt) {
                calls.incrementAndGet();
            }
        })).build();
    private final DuctapeHealthProbe probe = new DuctapeHealthProbe(sessions, Duration.ofSeconds(10),
        Duration.ofSeconds(5), clock);

    @AfterEach
    void close() {
        sessions.close();
        emulator.close();
    }

    @Test
    void healthRequestsThatArriveTogetherShareOneCallToDuctape() throws Exception {
        emulator.emulator.faults().delayNext(1, Duration.ofMillis(300));
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<DuctapeHealthProbe.Status>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return probe.status();
            }));
        }
        go.countDown();

        for (CompletableFuture<DuctapeHealthProbe.Status> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).state()).isEqualTo("UP");
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void whileASlowProbeRunsOtherHealthRequestsAnswerWithTheLastStatus() throws Exception {
        DuctapeHealthProbe.Status first = probe.status();
        clock.advance(Duration.ofSeconds(11));
        emulator.emulator.faults().delayNext(1, Duration.ofSeconds(2));
        long injected = emulator.emulator.faults().injectedCount();
        CompletableFuture<DuctapeHealthProbe.Status> slow = CompletableFuture.supplyAsync(probe::status);
        while (emulator.emulator.faults().injectedCount() == injected) {
            Thread.onSpinWait(); // until the emulator holds the slow probe's request in its delay
        }

        DuctapeHealthProbe.Status meanwhile = probe.status();

        assertThat(slow).as("the other request did not wait for the slow probe").isNotDone();
        assertThat(meanwhile).isSameAs(first);
        assertThat(slow.get(10, TimeUnit.SECONDS).state()).isEqualTo("UP");
        assertThat(calls).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
