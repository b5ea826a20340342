package com.handover.server.office.query;

import com.handover.model.sync.state.DefectState;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.verify.RecordVerifier;
import com.handover.server.office.web.Lang;
import com.handover.server.store.OperationLog;
import com.handover.server.store.SiteStore;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads everything the inspection page and the handover report show, in one transaction. */
public final class InspectionLoader {

    private final SiteQueries sites;
    private final InspectionQueries inspections = new InspectionQueries();
    private final RecordVerifier verifier;

    public InspectionLoader(SiteStore sites, OperationLog log) {
        this.sites = new SiteQueries(sites);
        this.verifier = new RecordVerifier(log);
    }

    public RecordVerifier verifier() {
        return verifier;
    }

    public Optional<InspectionView> load(Connection c, UUID id, ChecklistNames names, Lang lang) throws SQLException {
        Optional<InspectionQueries.InspectionRecord> record = inspections.inspection(c, id);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        Site site = sites.site(c, record.get().unitId()).orElseThrow();
        List<DefectState> defects = inspections.defectsOf(c, id);
        List<UUID> entities = new ArrayList<>();
        entities.add(id);
        defects.forEach(d -> entities.add(d.id()));
        RecordCheck check = verifier.verify(c, id);
        var arrived = PhotoQueries.arrived(c, InspectionView.photoHashes(record.get().state(), defects));
        String inspector = Sql.queryOne(c, "SELECT display_name FROM users WHERE username = ?", rs -> rs.getString(1),
                record.get().state().startedBy()).orElse(null);
        return Optional.of(InspectionView.build(site, record.get(), defects, check, inspections.conflicts(c, entities),
                inspections.notApplied(c, entities), arrived, names, lang, inspector));
    }
}
