package com.handover.systemtest.device;

import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.SyncApi;
import com.handover.systemtest.http.WrappedSyncApi;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Wraps the app's HTTP client and prints a line as each call starts and ends ({@code CALL push 500},
 * {@code DONE push 500}), so that a test driving this device as a process can kill it, or the server, in the
 * middle of a push or a pull.
 */
final class AnnouncingSyncApi extends WrappedSyncApi {

    private final PrintStream out;

    AnnouncingSyncApi(SyncApi delegate, PrintStream out) {
        super(delegate);
        this.out = out;
    }

    @Override
    protected <T> T around(String kind, String detail, Call<T> call) throws IOException, ApiException {
        String what = detail.isEmpty() ? kind : kind + " " + detail;
        out.println("CALL " + what);
        try {
            T result = call.run();
            out.println("DONE " + what);
            return result;
        } catch (IOException | ApiException | RuntimeException e) {
            out.println("FAIL " + what + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }
}
