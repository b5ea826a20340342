package com.handover.server.setup.imports;

import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.server.store.SiteStore;
import java.util.List;
import java.util.Map;

/** A checked import, ready to be written: every record with its id already derived. */
public record ImportPlan(Project project, Map<String, WarrantyPeriod> periods, SiteStore.ProjectSeasons seasons,
                         List<SiteStore.BuildingSetup> buildings,
                         List<SiteStore.UnitTypeSetup> unitTypes, List<Unit> units, List<SiteStore.UnitSetup> unitDetails,
                         List<Contractor> contractors, List<SiteStore.Responsibility> responsibilities) {
}
