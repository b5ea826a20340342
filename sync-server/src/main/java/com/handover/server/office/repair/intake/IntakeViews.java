package com.handover.server.office.repair.intake;

import com.handover.model.warranty.WarrantyCheckResult;
import com.handover.server.clock.RepairClock;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.People;
import com.handover.server.office.disputes.ComplaintFilter;
import com.handover.server.office.query.Site;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The data of the intake pages. */
public final class IntakeViews {

    private IntakeViews() {
    }

    public record Choice(String code, String label) {
    }

    /** The unit the request is about, with what the form offers for it. */
    public record UnitForm(Site site, List<Choice> rooms, List<Choice> categories, LocalDate handover,
                           List<Choice> repairers) {
    }

    public record ComplaintRow(IntakeQueries.ComplaintEntry entry, Instant answerDeadline, boolean late,
                               RepairClock.Status orderClock) {
    }

    public record Intake(List<IntakeQueries.BuildingChoice> buildings, UUID building, String number,
                         List<IntakeQueries.UnitMatch> matches, boolean searched, UnitForm unit,
                         Map<String, String> values, String errorKey, String errorField, List<ComplaintRow> complaints,
                         ComplaintFilter filter) {

        public String value(String field) {
            String v = values.get(field);
            return v == null ? "" : v;
        }

        public boolean selected(String field, String option) {
            return option.equals(values.get(field));
        }
    }

    public record Complaint(IntakeQueries.ComplaintEntry entry, WarrantyCheckResult warranty, String warrantyText,
                            Instant answerDeadline, boolean late, RepairClock.Status orderClock, String contractor,
                            String trade, String deadlineRule, String errorKey, boolean revisitDue,
                            boolean justTaken, ChecklistNames names, People people) {
    }

    public record Warranty(WarrantyCheckResult result, String text) {
    }
}
