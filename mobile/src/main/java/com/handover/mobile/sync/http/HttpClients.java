package com.handover.mobile.sync.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The app's OkHttp client: explicit timeouts so a dead network fails fast enough to be retried. */
public final class HttpClients {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);

    private HttpClients() {
    }

    public static OkHttpClient create() {
        return new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(READ_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                // Our own retry policy decides when to send again; OkHttp must not re-send a push on its own.
                .retryOnConnectionFailure(false)
                .build();
    }
}
