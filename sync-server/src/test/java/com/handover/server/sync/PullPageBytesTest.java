package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.testing.OperationGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pull answer copied together from stored bytes is, byte for byte, what the JSON writer makes of it. */
class PullPageBytesTest {

    @Test
    void theCopiedPageIsTheWrittenPage() throws Exception {
        OperationCodec codec = new OperationCodec();
        for (long seed = 0; seed < 20; seed++) {
            List<PullResult.Entry> entries = new ArrayList<>();
            long position = seed * 1000;
            for (Operation op : OperationGenerator.session(seed)) {
                entries.add(new PullResult.Entry(++position, codec.toJson(op)));
            }
            for (PullResult page : List.of(
                    new PullResult(entries, position + ".bd182bd74dc28307", seed % 2 == 0,
                            "0001790000000000.000001.server"),
                    new PullResult(List.of(), "0", false, null),
                    new PullResult(entries.subList(0, 1), "7", true, "0001790000000000.000000.节点-1\"\\"))) {
                String written = ModelJson.mapper().writeValueAsString(page);
                assertEquals(written, new String(PullPageBytes.of(page), StandardCharsets.UTF_8));
            }
        }
    }
}
