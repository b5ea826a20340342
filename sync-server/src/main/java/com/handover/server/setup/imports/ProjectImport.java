package com.handover.server.setup.imports;

import com.handover.model.checklist.ChecklistVocabulary;
import com.handover.model.site.Project;
import com.handover.server.Components;
import com.handover.server.store.SiteStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a project from the customer's workbook (.xlsx) or csv: checks every row first, then writes the whole
 * project in one transaction, or nothing. Records keep ids derived from their natural keys, so importing a
 * changed file updates them in place and everything recorded against them stays attached. Devices get the
 * new reference data on their next reference-data request.
 */
public final class ProjectImport {

    /** Largest import file accepted. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** What an import wrote. */
    public record Summary(UUID projectId, String projectName, int buildings, int unitTypes, int units,
                          int unitsNew, int contractors, int periods) {
    }

    private final Components components;
    private final ChecklistVocabulary vocabulary;

    public ProjectImport(Components components, ChecklistVocabulary vocabulary) {
        this.components = components;
        this.vocabulary = vocabulary;
    }

    /** Reads an .xlsx workbook (recognised by its content) or else a UTF-8 csv file, checks it and writes it. */
    public Summary importBytes(byte[] bytes) throws ImportRefused {
        if (bytes.length == 0) {
            throw new ImportRefused(List.of(ImportProblem.ofFile("import.err.empty")));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefused(List.of(ImportProblem.ofFile("import.err.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        return importFile(zip ? XlsxImportReader.read(bytes) : CsvImportReader.read(bytes));
    }

    public Summary importFile(ImportFile file) throws ImportRefused {
        return apply(new ImportCheck(vocabulary).check(file));
    }

    /** Writes a checked plan in one transaction. */
    public Summary apply(ImportPlan plan) throws ImportRefused {
        Project p = plan.project();
        SiteStore sites = components.sites();
        Integer unitsNew = components.db().write(c -> {
            if (sites.projects(c).stream().anyMatch(o -> o.code().equals(p.code()) && !o.id().equals(p.id()))) {
                return null;
            }
            Set<UUID> existing = new HashSet<>();
            sites.units(c, p.id()).forEach(u -> existing.add(u.id()));
            sites.saveProject(c, p);
            sites.saveWarrantyPeriods(c, p.id(), plan.periods());
            sites.saveSeasons(c, p.id(), plan.seasons());
            sites.saveBuildings(c, plan.buildings());
            sites.saveUnitTypes(c, plan.unitTypes());
            sites.saveUnits(c, plan.units(), plan.unitDetails());
            sites.saveContractors(c, plan.contractors());
            sites.saveResponsibilities(c, plan.buildings().stream().map(b -> b.building().id()).toList(),
                    plan.responsibilities());
            components.clocks().warranties().forgetProject(c, p.id());
            return (int) plan.units().stream().filter(u -> !existing.contains(u.id())).count();
        });
        if (unitsNew == null) {
            throw new ImportRefused(List.of(ImportProblem.ofFile("import.err.codeTaken", p.code())));
        }
        return new Summary(p.id(), p.name(), plan.buildings().size(), plan.unitTypes().size(), plan.units().size(),
                unitsNew, plan.contractors().size(), plan.periods().size());
    }
}
