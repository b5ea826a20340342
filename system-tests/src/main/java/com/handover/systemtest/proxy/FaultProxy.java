package com.handover.systemtest.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A TCP proxy on 127.0.0.1 that puts faults between a client and a server: each new client connection gets the
 * fault its {@link FaultPlan} names (dropped, reset in the middle of the request or of the response, truncated,
 * delayed, or duplicated to the server). The upstream is asked for each connection, so the proxy can also stand
 * in for a load balancer over several nodes, or follow a node that restarted.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int BUFFER = 16 * 1024;

    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<Fault.Kind, AtomicInteger> planned = new EnumMap<>(Fault.Kind.class);
    private final Map<Fault.Kind, AtomicInteger> applied = new EnumMap<>(Fault.Kind.class);
    private volatile Supplier<InetSocketAddress> upstream;
    private volatile FaultPlan plan;
    private volatile boolean closed;

    private FaultProxy(ServerSocket listener, Supplier<InetSocketAddress> upstream, FaultPlan plan) {
        this.listener = listener;
        this.upstream = upstream;
        this.plan = plan;
        for (Fault.Kind k : Fault.Kind.values()) {
            planned.put(k, new AtomicInteger());
            applied.put(k, new AtomicInteger());
        }
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fault-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::acceptLoop);
    }

    public static FaultProxy start(Supplier<InetSocketAddress> upstream, FaultPlan plan) {
        try {
            ServerSocket s = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            return new FaultProxy(s, Objects.requireNonNull(upstream), Objects.requireNonNull(plan));
        } catch (IOException e) {
            throw new UncheckedIOException("the proxy could not listen", e);
        }
    }

    public static FaultProxy start(InetSocketAddress upstream, FaultPlan plan) {
        return start(() -> upstream, plan);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void plan(FaultPlan p) {
        this.plan = Objects.requireNonNull(p);
    }

    public void upstream(Supplier<InetSocketAddress> u) {
        this.upstream = Objects.requireNonNull(u);
    }

    /** Connections given each fault so far. */
    public Map<Fault.Kind, Integer> planned() {
        return counts(planned);
    }

    /** Faults that actually struck (a reset after n bytes does not strike an exchange shorter than n). */
    public Map<Fault.Kind, Integer> applied() {
        return counts(applied);
    }

    private static Map<Fault.Kind, Integer> counts(Map<Fault.Kind, AtomicInteger> m) {
        Map<Fault.Kind, Integer> out = new EnumMap<>(Fault.Kind.class);
        m.forEach((k, v) -> {
            if (v.get() > 0) {
                out.put(k, v.get());
            }
        });
        return out;
    }

    /** Resets every connection now open (a network outage); new ones are accepted as before. */
    public void resetAll() {
        for (Socket s : open) {
            reset(s);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Fault fault = plan.next();
                planned.get(fault.kind()).incrementAndGet();
                threads.execute(() -> handle(client, fault));
            } catch (IOException e) {
                if (!closed) {
                    // A failed accept (e.g. the client went away at once) does not stop the proxy.
                    continue;
                }
                return;
            }
        }
    }

    private void handle(Socket client, Fault fault) {
        open.add(client);
        if (fault.kind() == Fault.Kind.DROP) {
            applied.get(Fault.Kind.DROP).incrementAndGet();
            reset(client);
            return;
        }
        Socket server = connect();
        if (server == null) {
            reset(client);
            return;
        }
        Socket twin = fault.kind() == Fault.Kind.DUPLICATE ? connect() : null;
        if (twin != null) {
            applied.get(Fault.Kind.DUPLICATE).incrementAndGet();
            threads.execute(() -> drain(twin));
        }
        Connection conn = new Connection(client, server, twin, fault);
        threads.execute(conn::requestPump);
        conn.responsePump();
    }

    private Socket connect() {
        try {
            Socket s = new Socket();
            s.connect(upstream.get(), 5_000);
            s.setTcpNoDelay(true);
            open.add(s);
            return s;
        } catch (IOException e) {
            return null;
        }
    }

    private void drain(Socket s) {
        byte[] buf = new byte[BUFFER];
        try (InputStream in = s.getInputStream()) {
            while (in.read(buf) >= 0) {
                // the duplicate's answers are dropped
            }
        } catch (IOException e) {
            // closed
        } finally {
            close(s);
        }
    }

    /** One proxied client connection and the pumps in both directions. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final Socket twin;
        private final Fault fault;

        Connection(Socket client, Socket server, Socket twin, Fault fault) {
            this.client = client;
            this.server = server;
            this.twin = twin;
            this.fault = fault;
        }

        void requestPump() {
            long limit = fault.kind() == Fault.Kind.RESET_REQUEST ? fault.amount() : Long.MAX_VALUE;
            long sent = 0;
            byte[] buf = new byte[BUFFER];
            try {
                InputStream in = client.getInputStream();
                OutputStream out = server.getOutputStream();
                OutputStream twinOut = twin == null ? null : twin.getOutputStream();
                int n;
                while ((n = in.read(buf)) >= 0) {
                    int take = (int) Math.min(n, limit - sent);
                    out.write(buf, 0, take);
                    out.flush();
                    if (twinOut != null) {
                        try {
                            twinOut.write(buf, 0, n);
                            twinOut.flush();
                        } catch (IOException e) {
                            twinOut = null;
                        }
                    }
                    sent += take;
                    if (sent >= limit) {
                        applied.get(Fault.Kind.RESET_REQUEST).incrementAndGet();
                        resetAllOf();
                        return;
                    }
                }
                server.shutdownOutput();
                if (twin != null) {
                    twin.shutdownOutput();
                }
            } catch (IOException e) {
                resetAllOf();
            }
        }

        void responsePump() {
            boolean limited = fault.kind() == Fault.Kind.RESET_RESPONSE || fault.kind() == Fault.Kind.TRUNCATE_RESPONSE;
            long limit = limited ? fault.amount() : Long.MAX_VALUE;
            long sent = 0;
            boolean first = true;
            byte[] buf = new byte[BUFFER];
            try {
                InputStream in = server.getInputStream();
                OutputStream out = client.getOutputStream();
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (first && fault.kind() == Fault.Kind.DELAY) {
                        applied.get(Fault.Kind.DELAY).incrementAndGet();
                        Thread.sleep(fault.amount());
                    }
                    first = false;
                    int take = (int) Math.min(n, limit - sent);
                    out.write(buf, 0, take);
                    out.flush();
                    sent += take;
                    if (sent >= limit) {
                        applied.get(fault.kind()).incrementAndGet();
                        if (fault.kind() == Fault.Kind.RESET_RESPONSE) {
                            resetAllOf();
                        } else {
                            close(client);
                            close(server);
                            closeTwin();
                        }
                        return;
                    }
                }
                client.shutdownOutput();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                resetAllOf();
            } catch (IOException e) {
                resetAllOf();
            } finally {
                if (client.isClosed() || client.isOutputShutdown()) {
                    close(server);
                    close(client);
                    closeTwin();
                }
            }
        }

        private void closeTwin() {
            if (twin != null) {
                close(twin);
            }
        }

        private void resetAllOf() {
            reset(client);
            reset(server);
            if (twin != null) {
                reset(twin);
            }
        }
    }

    private void reset(Socket s) {
        try {
            if (!s.isClosed()) {
                s.setSoLinger(true, 0);
            }
        } catch (SocketException e) {
            // already gone
        }
        close(s);
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            close(s);
        }
        threads.shutdownNow();
    }
}
