package com.handover.mobile.store;

/** The device's copy of the reference data, replaced as a whole when a new copy arrives. */
public interface ReferenceStore {

    void replace(ReferenceData data);

    ReferenceData load();
}
