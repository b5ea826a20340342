package com.handover.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.handover.model.json.OperationCodec;
import com.handover.server.web.api.PushBody;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: both of its bodies hold the same operations, read by different paths. */
class PushReadBenchmarkTest {

    @Test
    void bothBodiesAreReadIntoTheSameOperationsOneAsItPassesTheOtherFromTheElementsBytes() {
        OperationCodec codec = new OperationCodec();
        PushReadBenchmark.Bodies bodies = PushReadBenchmark.bodies(codec);

        assertEquals(500, bodies.operations().size());
        assertEquals(bodies.operations(), PushReadBenchmark.read(bodies.asDevicesWrite(), codec));
        assertEquals(bodies.operations(), PushReadBenchmark.read(bodies.oneReordered(), codec));
        assertNotNull(PushBody.parse(bodies.asDevicesWrite()).operations().get(0).read(), "read as the body passed");
        assertEquals(null, PushBody.parse(bodies.oneReordered()).operations().get(1).read(),
                "read from its bytes, as every element of a body with one not in the canonical order");
    }
}
