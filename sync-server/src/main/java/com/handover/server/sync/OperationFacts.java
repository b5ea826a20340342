package com.handover.server.sync;

import com.handover.model.PhotoRef;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** What the server reads out of an operation's payload: the unit a new record is on, and the photos named. */
final class OperationFacts {

    private OperationFacts() {
    }

    /** The unit named by an operation that creates its record; null for other operations. */
    static UUID createdOnUnit(Operation op) {
        Payload p = op.payload();
        if (p instanceof InspectionOps.Started s) {
            return s.unitId();
        }
        if (p instanceof DefectOps.Opened o) {
            return o.unitId();
        }
        if (p instanceof WorkOrderOps.Created w) {
            return w.unitId();
        }
        if (p instanceof ComplaintOps.Received r) {
            return r.unitId();
        }
        return null;
    }

    /** The SHA-256 of every photo the operation names. */
    static Set<String> photos(Operation op) {
        Set<String> out = new LinkedHashSet<>();
        Payload p = op.payload();
        if (p instanceof DefectOps.Opened o) {
            add(out, o.photos());
        } else if (p instanceof DefectOps.PhotoAttached a) {
            out.add(a.photo().sha256());
        } else if (p instanceof DefectOps.PhotoAnnotated a) {
            out.add(a.photoSha256());
        } else if (p instanceof DefectOps.Repaired r) {
            add(out, r.photos());
        } else if (p instanceof DefectOps.Reopened r) {
            add(out, r.photos());
        } else if (p instanceof InspectionOps.MeterRead m && m.photo() != null) {
            out.add(m.photo().sha256());
        } else if (p instanceof WorkOrderOps.Completed c) {
            add(out, c.beforePhotos());
            add(out, c.afterPhotos());
        }
        return out;
    }

    private static void add(Set<String> out, Collection<PhotoRef> photos) {
        photos.forEach(ph -> out.add(ph.sha256()));
    }
}
