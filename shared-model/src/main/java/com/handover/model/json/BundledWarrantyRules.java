package com.handover.model.json;

import com.handover.model.Checks;
import com.handover.model.warranty.LocalRulePack;
import com.handover.model.warranty.SeasonCalendars;
import com.handover.model.warranty.WarrantyPolicy;
import com.handover.model.warranty.WarrantyRules;
import java.time.LocalDate;
import java.util.List;

/**
 * The warranty rules bundled with shared-model: policy version 1 (the periods of the bundled checklist
 * vocabulary's warranty categories, in force from the date in {@code /warranty/warranty-rules-v1.json}),
 * the heating-season calendars and the city rule packs of that file. Loaded once, on first use.
 */
public final class BundledWarrantyRules {

    static final String FILE = "/warranty/warranty-rules-v1.json";

    /** The version and effective date of the bundled policy; its periods are the vocabulary's. */
    record PolicyHeader(int version, LocalDate effectiveFrom, String note) {
        PolicyHeader {
            Checks.required("policy.effectiveFrom", effectiveFrom);
            Checks.text("policy.note", note, Checks.MAX_TEXT);
        }
    }

    record Document(PolicyHeader policy, SeasonCalendars seasons, List<LocalRulePack> packs) {
        Document {
            Checks.required("policy", policy);
            Checks.required("seasons", seasons);
            packs = Checks.list("packs", packs);
        }
    }

    private BundledWarrantyRules() {
    }

    public static WarrantyRules rules() {
        return Holder.RULES;
    }

    private static WarrantyRules load() {
        Document doc = StrictJson.read(BundledResources.text(FILE), Document.class, "warranty rules file");
        WarrantyPolicy policy = new WarrantyPolicy(doc.policy().version(), doc.policy().effectiveFrom(),
                BundledChecklists.catalog().vocabulary().warrantyCategories());
        return new WarrantyRules(List.of(policy), doc.packs(), doc.seasons());
    }

    private static final class Holder {
        static final WarrantyRules RULES = load();
    }
}
