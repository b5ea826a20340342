package com.handover.mobile.sync.http;

import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Repairer;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sla.SlaFigures;
import java.util.List;

/** JSON bodies of the protocol that map onto records (the rest is read as trees). */
final class ProtocolBodies {

    private ProtocolBodies() {
    }

    record LoginRequest(String username, String password, String deviceId, String deviceName) {
    }

    record UserBody(String username, String displayName, String role) {
    }

    record LoginResponse(String token, String expiresAt, UserBody user, String serverHlc) {
    }

    /** {@code responsibleContractors}: absent from an older server. */
    record ProjectReferenceBody(Project project, List<Building> buildings, List<UnitType> unitTypes, List<Unit> units,
                                List<ResponsibleContractor.Assignment> responsibleContractors) {
    }

    record TemplateBody(String code, int version) {
    }

    /** {@code sla}: the server's repair-deadline figures; {@code repairers}: who 整改 goes to; absent from an older server. */
    record ReferenceBody(List<ProjectReferenceBody> projects, List<Contractor> contractors, List<TemplateBody> templates,
                         SlaFigures sla, List<Repairer> repairers) {
    }

    record BlobStatusBody(long received, boolean complete) {
    }
}
