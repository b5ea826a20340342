package com.handover.mobile.store;

import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Repairer;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sla.SlaFigures;
import com.handover.model.sla.SlaPolicy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the signed-in user may see of projects, buildings, unit types, units and contractors, the repair
 * deadline figures the server has in force ({@code sla}; null until a server sent them), and for sending a
 * defect for 整改 the contractor answering for each trade in each building and the repairers to send.
 */
public record ReferenceData(List<Project> projects, List<Building> buildings, List<UnitType> unitTypes,
                            List<Unit> units, List<Contractor> contractors, List<TemplateRef> templates,
                            SlaFigures sla, List<ResponsibleContractor.Assignment> responsibleContractors,
                            List<Repairer> repairers) {

    /** A checklist template version the server knows. */
    public record TemplateRef(String code, int version) {
    }

    public static final ReferenceData EMPTY =
            new ReferenceData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

    public ReferenceData(List<Project> projects, List<Building> buildings, List<UnitType> unitTypes,
                         List<Unit> units, List<Contractor> contractors, List<TemplateRef> templates) {
        this(projects, buildings, unitTypes, units, contractors, templates, null);
    }

    public ReferenceData(List<Project> projects, List<Building> buildings, List<UnitType> unitTypes,
                         List<Unit> units, List<Contractor> contractors, List<TemplateRef> templates,
                         SlaFigures sla) {
        this(projects, buildings, unitTypes, units, contractors, templates, sla, List.of(), List.of());
    }

    /** The deadline rules to count with: the server's figures, the seed's until a server sent any. */
    public SlaPolicy slaPolicy() {
        return sla == null ? SlaPolicy.defaults() : sla.policy();
    }

    public ReferenceData {
        projects = List.copyOf(projects);
        buildings = List.copyOf(buildings);
        unitTypes = List.copyOf(unitTypes);
        units = List.copyOf(units);
        contractors = List.copyOf(contractors);
        templates = List.copyOf(templates);
        responsibleContractors = List.copyOf(responsibleContractors);
        repairers = List.copyOf(repairers);
    }

    public Optional<Unit> unit(UUID id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<UnitType> unitType(UUID id) {
        return unitTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Building> building(UUID id) {
        return buildings.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Project> project(UUID id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Contractor> contractor(UUID id) {
        return contractors.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The contractor who answers for {@code trade} in the building, by the rule the console uses. */
    public Optional<Contractor> responsibleContractor(String trade, UUID buildingId) {
        return ResponsibleContractor.of(contractors, responsibleContractors, trade, buildingId);
    }
}
