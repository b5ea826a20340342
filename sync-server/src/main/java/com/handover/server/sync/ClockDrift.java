package com.handover.server.sync;

/**
 * How far a device's clock is from this server's. The device's own reading of its clock, sent with the request,
 * says it exactly. Without one, only a clock that is ahead can be told from the operations: their clocks lie in
 * the future, while old clocks are normal for work recorded offline.
 */
final class ClockDrift {

    private ClockDrift() {
    }

    /** @return the drift in milliseconds (positive: the device is ahead), or null when it cannot be told */
    static Long of(Long deviceTime, Long newestOperationWall, long serverNow) {
        if (deviceTime != null) {
            return deviceTime - serverNow;
        }
        if (newestOperationWall != null && newestOperationWall > serverNow) {
            return newestOperationWall - serverNow;
        }
        return null;
    }
}
