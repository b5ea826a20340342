package com.handover.mobile.photo;

import com.handover.model.PhotoRef;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The photos (by SHA-256) an operation's payload names; their bytes must reach the server too. */
public final class PhotoReferences {

    private PhotoReferences() {
    }

    public static Set<String> of(Payload payload) {
        Set<String> shas = new LinkedHashSet<>();
        if (payload instanceof DefectOps.Opened p) {
            add(shas, p.photos());
        } else if (payload instanceof DefectOps.PhotoAttached p) {
            shas.add(p.photo().sha256());
        } else if (payload instanceof DefectOps.PhotoAnnotated p) {
            shas.add(p.photoSha256());
        } else if (payload instanceof DefectOps.Repaired p) {
            add(shas, p.photos());
        } else if (payload instanceof DefectOps.Reopened p) {
            add(shas, p.photos());
        } else if (payload instanceof WorkOrderOps.Completed p) {
            add(shas, p.beforePhotos());
            add(shas, p.afterPhotos());
        } else if (payload instanceof InspectionOps.MeterRead p && p.photo() != null) {
            shas.add(p.photo().sha256());
        }
        return shas;
    }

    private static void add(Set<String> shas, List<PhotoRef> photos) {
        photos.forEach(p -> shas.add(p.sha256()));
    }
}
