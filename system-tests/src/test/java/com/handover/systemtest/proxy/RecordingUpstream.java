package com.handover.systemtest.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A server for proxy tests: reads each connection's request to its end, records it, answers with a fixed body
 * and closes.
 */
final class RecordingUpstream implements AutoCloseable {

    private final ServerSocket listener;
    private final byte[] answer;
    private final List<byte[]> requests = new ArrayList<>();
    private final Thread acceptor;

    RecordingUpstream(byte[] answer) throws IOException {
        this.answer = answer;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "recording-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                Thread t = new Thread(() -> serve(s));
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (s) {
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n;
            try {
                while ((n = in.read(buf)) >= 0) {
                    got.write(buf, 0, n);
                }
            } catch (IOException e) {
                record(got.toByteArray());
                return;
            }
            record(got.toByteArray());
            s.getOutputStream().write(answer);
            s.getOutputStream().flush();
        } catch (IOException e) {
            // the client went away
        }
    }

    private void record(byte[] bytes) {
        synchronized (requests) {
            requests.add(bytes);
            requests.notifyAll();
        }
    }

    /** Waits until {@code n} connections ended and returns what each sent. */
    List<byte[]> awaitRequests(int n, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (requests) {
            while (requests.size() < n) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("expected " + n + " requests upstream, got " + requests.size());
                }
                requests.wait(left);
            }
            return List.copyOf(requests);
        }
    }

    int connections() {
        synchronized (requests) {
            return requests.size();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
