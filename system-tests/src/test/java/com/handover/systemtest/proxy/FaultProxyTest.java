package com.handover.systemtest.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("proxy")
@Timeout(30)
class FaultProxyTest {

    private static final byte[] REQUEST = bytes(20_000, 1);
    private static final byte[] ANSWER = bytes(50_000, 2);

    private RecordingUpstream upstream;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        upstream = new RecordingUpstream(ANSWER);
    }

    @AfterEach
    void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        upstream.close();
    }

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Sends the request, half-closes, and reads the answer to its end (or to the error that ends it). */
    private record Exchange(byte[] received, IOException error, long firstByteMillis) {
    }

    private Exchange exchange() throws IOException {
        try (Socket s = new Socket("127.0.0.1", proxy.port())) {
            long start = System.nanoTime();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            long first = -1;
            try {
                s.getOutputStream().write(REQUEST);
                s.shutdownOutput();
                InputStream in = s.getInputStream();
                byte[] buf = new byte[4096];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (first < 0) {
                        first = (System.nanoTime() - start) / 1_000_000;
                    }
                    got.write(buf, 0, n);
                }
                return new Exchange(got.toByteArray(), null, first);
            } catch (IOException e) {
                return new Exchange(got.toByteArray(), e, first);
            }
        }
    }

    @Test
    void passesRequestAndAnswerUntouched() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.none());
        Exchange x = exchange();
        assertArrayEquals(ANSWER, x.received());
        assertArrayEquals(REQUEST, upstream.awaitRequests(1, 5000).get(0));
    }

    @Test
    void dropResetsTheClientBeforeAnyByteReachesTheServer() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.script(Fault.DROP));
        Exchange x = exchange();
        assertEquals(0, x.received().length);
        assertEquals(0, upstream.connections());
        assertEquals(1, proxy.applied().get(Fault.Kind.DROP));
    }

    @Test
    void resetInTheRequestLetsExactlyThatManyBytesThrough() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.script(Fault.resetRequest(1234)));
        Exchange x = exchange();
        byte[] got = upstream.awaitRequests(1, 5000).get(0);
        assertArrayEquals(Arrays.copyOf(REQUEST, 1234), got);
        assertEquals(0, x.received().length);
    }

    @Test
    void resetInTheAnswerCutsItWithAnError() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.script(Fault.resetResponse(10_000)));
        Exchange x = exchange();
        assertArrayEquals(REQUEST, upstream.awaitRequests(1, 5000).get(0));
        assertTrue(x.received().length <= 10_000, "at most the bytes before the reset arrive");
        assertTrue(x.error() != null, "the client sees the reset as an error");
        assertArrayEquals(Arrays.copyOf(ANSWER, x.received().length), x.received());
    }

    @Test
    void truncationEndsTheAnswerEarlyWithoutAnError() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.script(Fault.truncateResponse(7_000)));
        Exchange x = exchange();
        assertEquals(null, x.error());
        assertArrayEquals(Arrays.copyOf(ANSWER, 7_000), x.received());
    }

    @Test
    void delayHoldsTheAnswerBack() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.script(Fault.delay(400)));
        Exchange x = exchange();
        assertArrayEquals(ANSWER, x.received());
        assertTrue(x.firstByteMillis() >= 400, "first byte after " + x.firstByteMillis() + " ms");
    }

    @Test
    void duplicateSendsTheRequestToTheServerTwice() throws Exception {
        proxy = FaultProxy.start(upstream.address(), FaultPlan.script(Fault.DUPLICATE));
        Exchange x = exchange();
        assertArrayEquals(ANSWER, x.received());
        List<byte[]> got = upstream.awaitRequests(2, 5000);
        assertArrayEquals(REQUEST, got.get(0));
        assertArrayEquals(REQUEST, got.get(1));
    }

    @Test
    void asksForTheUpstreamOnEveryConnection() throws Exception {
        try (RecordingUpstream other = new RecordingUpstream(ANSWER)) {
            AtomicInteger n = new AtomicInteger();
            proxy = FaultProxy.start(() -> n.getAndIncrement() % 2 == 0 ? upstream.address() : other.address(),
                    FaultPlan.none());
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(ANSWER, exchange().received());
            }
            assertEquals(2, upstream.awaitRequests(2, 5000).size());
            assertEquals(2, other.awaitRequests(2, 5000).size());
        }
    }

    @Test
    void aConnectionToAServerThatIsDownIsReset() throws Exception {
        var down = new java.net.InetSocketAddress("127.0.0.1", com.handover.systemtest.server.ServerProcess.freePort());
        proxy = FaultProxy.start(down, FaultPlan.none());
        Exchange x = exchange();
        assertEquals(0, x.received().length);
    }

    @Test
    void aRandomPlanIsTheSameForTheSameSeed() {
        FaultPlan a = FaultPlan.random(42, 50, 1000, 2000, Fault.Kind.values());
        FaultPlan b = FaultPlan.random(42, 50, 1000, 2000, Fault.Kind.values());
        List<Fault> fa = new ArrayList<>();
        List<Fault> fb = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            fa.add(a.next());
            fb.add(b.next());
        }
        assertEquals(fa, fb);
        long faults = fa.stream().filter(f -> f.kind() != Fault.Kind.PASS).count();
        assertTrue(faults > 60 && faults < 140, "about half are faults: " + faults);
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.random(1, 101, 1, 1, Fault.Kind.DROP));
    }
}
