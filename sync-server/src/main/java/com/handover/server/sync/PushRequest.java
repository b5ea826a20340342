package com.handover.server.sync;

import com.handover.server.auth.Principal;
import java.util.List;

/**
 * One push as the server writes it: who sent it, its operations as parsed, and the device's clock when it was
 * sent (header {@code X-Device-Time}, or null).
 */
record PushRequest(Principal principal, List<PushParsed> parsed, Long deviceTime) {
}
