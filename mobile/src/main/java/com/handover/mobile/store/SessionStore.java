package com.handover.mobile.store;

import java.util.Optional;

/** The device identity (minted once) and the session of the user signed in on it. */
public interface SessionStore {

    /** This device's id, generated on first use and kept for good; it is also the node of its clock. */
    String deviceId();

    Optional<StoredSession> load();

    void save(StoredSession session);

    void clear();
}
