package com.handover.mobile.sync.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.handover.mobile.store.OutboxEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A push request's body ({@code {"deviceId":…,"operations":[…]}}) made of the operations' stored wire texts, copied
 * as they are: the text a tree of the same body writes, without reading or writing any operation again.
 */
final class PushBody {

    private PushBody() {
    }

    static byte[] write(String deviceId, List<OutboxEntry> operations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + operations.size() * 320);
        out.writeBytes("{\"deviceId\":\"".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(deviceId));
        out.writeBytes("\",\"operations\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < operations.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(operations.get(i).utf8());
        }
        out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
