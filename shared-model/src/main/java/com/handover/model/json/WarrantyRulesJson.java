package com.handover.model.json;

import com.handover.model.warranty.LocalRulePack;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonCalendars;

/**
 * Reads and writes the warranty data the office maintains (rule packs, project settings, season calendars)
 * as JSON, strictly: anything malformed or against the model's rules is an {@link IllegalArgumentException}.
 */
public final class WarrantyRulesJson {

    private WarrantyRulesJson() {
    }

    public static String write(LocalRulePack pack) {
        return StrictJson.write(pack);
    }

    public static LocalRulePack readPack(String json) {
        return StrictJson.read(json, LocalRulePack.class, "warranty rule pack");
    }

    public static String write(ProjectWarrantySettings settings) {
        return StrictJson.write(settings);
    }

    public static ProjectWarrantySettings readSettings(String json) {
        return StrictJson.read(json, ProjectWarrantySettings.class, "project warranty settings");
    }

    public static String write(SeasonCalendars seasons) {
        return StrictJson.write(seasons);
    }

    public static SeasonCalendars readSeasons(String json) {
        return StrictJson.read(json, SeasonCalendars.class, "season calendars");
    }
}
