package com.handover.server.office.query;

import com.handover.model.Point;
import com.handover.model.site.Contractor;
import com.handover.model.sync.state.DefectState;
import com.handover.server.Components;
import com.handover.server.clock.UnitRecords;
import com.handover.server.office.figures.FloorPlan;
import com.handover.server.office.figures.PhotoSizes;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.verify.RecordVerifier;
import com.handover.server.office.web.Lang;
import com.handover.server.store.OperationLog;
import com.handover.server.store.SiteStore;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads everything the inspection page and the handover report show, in one transaction. */
public final class InspectionLoader {

    private final SiteQueries sites;
    private final InspectionQueries inspections = new InspectionQueries();
    private final RecordVerifier verifier;
    private final Figures figures;

    /** What the figures of an inspection are read with: photo sizes and the unit's folded records. */
    public record Figures(SiteStore siteStore, PhotoSizes sizes, UnitRecords records) {
    }

    /** The loader the console's pages use: with the floor plan, the photos' markup and the 整改 orders. */
    public static InspectionLoader withFigures(Components c) {
        return new InspectionLoader(c.sites(), c.log(), new Figures(c.sites(), new PhotoSizes(c), c.clocks().records()));
    }

    public InspectionLoader(SiteStore sites, OperationLog log) {
        this(sites, log, null);
    }

    /** A loader that also reads the floor plan with its pins, the photos' markup and the rectifying orders. */
    public InspectionLoader(SiteStore sites, OperationLog log, Figures figures) {
        this.sites = new SiteQueries(sites);
        this.verifier = new RecordVerifier(log);
        this.figures = figures;
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
                inspections.notApplied(c, entities), arrived, names, lang, inspector, figures(c, site, defects)));
    }

    private InspectionView.Figures figures(Connection c, Site site, List<DefectState> defects) throws SQLException {
        if (figures == null) {
            return new InspectionView.Figures(null, sha -> Optional.empty(), Map.of());
        }
        Map<UUID, String> contractors = new HashMap<>();
        for (Contractor k : figures.siteStore().contractors(c)) {
            contractors.put(k.id(), k.name());
        }
        Map<UUID, Rectifications.Rectification> orders = Rectifications.of(figures.records().of(c, site.unit().id()),
                contractors);
        return new InspectionView.Figures(floorPlan(c, site, defects), sha -> figures.sizes().of(c, sha), orders);
    }

    /** The unit type's plan with the defects' pins; null when the type has no plan. */
    private FloorPlan floorPlan(Connection c, Site site, List<DefectState> defects) throws SQLException {
        String sha = figures.siteStore().floorPlan(c, site.unit().unitTypeId()).orElse(null);
        if (sha == null) {
            return null;
        }
        Map<UUID, Point> pins = new HashMap<>();
        defects.stream().filter(d -> d.pin() != null).forEach(d -> pins.put(d.id(), d.pin().at()));
        var size = figures.sizes().of(c, sha);
        return new FloorPlan(sha, size.isPresent(), size.orElse(null), pins);
    }
}
