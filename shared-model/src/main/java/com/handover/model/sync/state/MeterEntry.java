package com.handover.model.sync.state;

import com.handover.model.PhotoRef;
import java.util.UUID;

public record MeterEntry(double reading, PhotoRef photo, UUID operation) {
}
