package com.handover.mobile.ui;

import com.handover.mobile.photo.PhotoLibrary;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.replica.ChecklistLibrary;
import com.handover.mobile.replica.Replica;
import com.handover.mobile.session.SessionManager;
import com.handover.mobile.store.ReferenceStore;
import com.handover.mobile.sync.SyncEngine;
import com.handover.mobile.sync.SyncScheduler;
import com.handover.model.checklist.ChecklistCatalog;
import java.time.Clock;

/** The services view models are built from; the composition root makes one, tests make one with fakes. */
public record AppContext(Replica replica, ReferenceStore reference, PhotoLibrary photos, PhotoSource photoSource,
                         SessionManager session, SyncEngine sync, SyncScheduler scheduler, ChecklistLibrary checklists,
                         TaskRunner tasks, Clock clock) {

    /** The checklist templates held now: bundled and downloaded versions. */
    public ChecklistCatalog catalog() {
        return checklists.catalog();
    }
}
