package com.handover.server.setup.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Record ids derived from natural keys (项目编号, 楼栋, 户型编号, 房号, 施工单位名称), so that importing a changed
 * file again updates the same records and every operation already recorded against a unit still names it.
 */
public final class SiteIds {

    private SiteIds() {
    }

    public static UUID project(String projectCode) {
        return id("project", projectCode);
    }

    public static UUID building(String projectCode, String building) {
        return id("building", projectCode, building);
    }

    public static UUID unitType(String projectCode, String typeCode) {
        return id("unit-type", projectCode, typeCode);
    }

    public static UUID unit(String projectCode, String building, String number) {
        return id("unit", projectCode, building, number);
    }

    public static UUID contractor(String name) {
        return id("contractor", name);
    }

    private static UUID id(String kind, String... keys) {
        StringBuilder sb = new StringBuilder("handover-site:").append(kind);
        for (String k : keys) {
            sb.append('\u0000').append(k);
        }
        return UUID.nameUUIDFromBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
