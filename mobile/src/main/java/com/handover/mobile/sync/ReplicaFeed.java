package com.handover.mobile.sync;

import com.handover.mobile.store.ReferenceData.TemplateRef;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Where sync hands what it learned (new operations to fold in, own operations the server refused, its clock) and
 * asks what it needs (the template versions inspections use).
 */
public interface ReplicaFeed {

    /** Operations new to this device, already stored in the log. */
    void pulled(List<Operation> operations);

    /** Own operations the server refused, already marked in the log; they no longer count towards state. */
    void rejected(Collection<UUID> operationIds);

    /**
     * The server's clock, already saved by the store in the transaction of the answer it came with (a pushed batch's
     * confirmations, a pulled page, a snapshot).
     */
    void serverClockStored(Hlc serverHlc);

    /**
     * A sync round ended and every operation it stored is folded in: the replica stores its folds when the log has
     * gone far enough past those it stored last, so that the app opens on them next time.
     */
    void storeFold();

    /** The checklist template versions the inspections on this device were started with. */
    Set<TemplateRef> templatesInUse();
}
