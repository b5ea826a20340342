package com.handover.model.site;

import com.handover.model.Checks;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A residential project (楼盘/项目).
 *
 * @param city                  the city whose heating season and local warranty rules apply, e.g. 北京
 * @param completionAcceptance  竣工验收合格之日: starts the contractors' warranty periods
 * @param designServiceLifeYears 设计使用年限 from the design documents (normally 50)
 */
public record Project(UUID id, String code, String name, String city, LocalDate completionAcceptance,
                      int designServiceLifeYears) {
    public Project {
        Checks.required("project.id", id);
        Checks.code("project.code", code);
        Checks.text("project.name", name, Checks.MAX_NAME);
        Checks.text("project.city", city, Checks.MAX_NAME);
        Checks.required("project.completionAcceptance", completionAcceptance);
        if (designServiceLifeYears < 1 || designServiceLifeYears > 200) {
            throw new IllegalArgumentException("project.designServiceLifeYears must be 1..200");
        }
    }

    /**
     * This project as the warranty of a unit in a building accepted on {@code buildingAcceptance} counts it: a
     * project completed in phases starts each building's contractor periods at that building's own 竣工验收;
     * a building without its own date keeps the project's.
     */
    public Project forBuilding(LocalDate buildingAcceptance) {
        return buildingAcceptance == null ? this
                : new Project(id, code, name, city, buildingAcceptance, designServiceLifeYears);
    }
}
