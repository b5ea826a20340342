package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockDriftTest {

    private static final long NOW = 1_790_000_000_000L;

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "the device says its clock,                 1790000060000, 1789000000000, 60000",
        "a device two days behind says so,          1789827200000, -,             -172800000",
        "offline work from yesterday is not drift,  -,             1789913600000, -",
        "operations from the future show a fast clock, -,          1790000600000, 600000",
        "nothing to tell from,                      -,             -,             -",
    })
    void driftIsTakenFromTheDeviceClockOrFromOperationsInTheFuture(String what, Long deviceTime, Long newestOp,
                                                                   Long expected) {
        assertEquals(expected, ClockDrift.of(deviceTime, newestOp, NOW), what);
    }
}
