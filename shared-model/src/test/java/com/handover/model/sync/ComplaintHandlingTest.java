package com.handover.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintDepartment;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import com.handover.model.sync.fold.ComplaintFold;
import com.handover.model.testing.Ops;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.state.ComplaintState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Complaints that are not repairs (投诉处理工作流程 受理 → 处置 → 反馈 → 回访; SM03-08 投诉处理方案附页): the 处置 with
 * the responsible department and the 处理方案, escalation of a major complaint to the next level up, 有效 or 无效.
 */
class ComplaintHandlingTest {

    private static final long T0 = Instant.parse("2026-10-01T02:00:00Z").toEpochMilli();
    private static final UUID COMPLAINT = Ops.id("complaint");

    private final Ops office = new Ops("desk", "office", T0);
    private final Ops otherDesk = new Ops("desk2", "office2", T0);

    private Operation received() {
        return office.op(OperationType.COMPLAINT_RECEIVED, COMPLAINT, null, new ComplaintOps.Received(Ops.UNIT,
                IntakeChannel.PHONE, ComplaintCategory.PLANNING_DESIGN, null, "小区绿化与销售时承诺不符",
                Severity.NORMAL, "张华", "13912345678", Instant.ofEpochMilli(T0)));
    }

    @Test
    void handlingEscalationAndValidityAreRecordedWithWhoAndWhen() {
        Operation in = received();
        Operation handled = office.at(T0 + 60_000).op(OperationType.COMPLAINT_HANDLED, COMPLAINT, null,
                new ComplaintOps.Handled(ComplaintDepartment.DESIGN, "设计部核对规划图纸，三日内书面答复业主", "赵工"));
        Operation escalated = office.at(T0 + 120_000).op(OperationType.COMPLAINT_ESCALATED, COMPLAINT, null,
                new ComplaintOps.Escalated("李经理", "二十余户联名投诉"));
        Operation judged = office.at(T0 + 180_000).op(OperationType.COMPLAINT_JUDGED, COMPLAINT, null,
                new ComplaintOps.Judged(true, "与销售承诺不符，属有效投诉"));
        ComplaintState c = Reducer.reduce(List.of(judged, escalated, handled, in)).complaints().get(COMPLAINT);

        assertEquals(ComplaintDepartment.DESIGN, c.handling().department());
        assertEquals("设计部核对规划图纸，三日内书面答复业主", c.handling().plan());
        assertEquals("赵工", c.handling().handler());
        assertEquals("office", c.handling().by());
        assertEquals(Instant.ofEpochMilli(handled.hlc().wallMillis()), c.handling().at());
        assertTrue(c.major());
        assertEquals("李经理", c.escalation().escalatedTo());
        assertTrue(c.validity().valid());
        assertEquals("与销售承诺不符，属有效投诉", c.validity().reason());
    }

    @Test
    void aNewComplaintHasNoneOfThemAndIsNotMajor() {
        ComplaintState c = Reducer.reduce(List.of(received())).complaints().get(COMPLAINT);
        assertNull(c.handling());
        assertNull(c.validity());
        assertFalse(c.major());
    }

    @Test
    void aLaterPlanReplacesTheEarlierAndConcurrentJudgementsAreAConflict() {
        Operation in = received();
        Operation first = office.at(T0 + 60_000).op(OperationType.COMPLAINT_HANDLED, COMPLAINT, null,
                new ComplaintOps.Handled(ComplaintDepartment.ENGINEERING, "工程部现场查看", null));
        Operation second = office.at(T0 + 90_000).op(OperationType.COMPLAINT_HANDLED, COMPLAINT, first.id(),
                new ComplaintOps.Handled(ComplaintDepartment.DESIGN, "转设计部核对图纸", null));
        Operation valid = office.at(T0 + 100_000).op(OperationType.COMPLAINT_JUDGED, COMPLAINT, null,
                new ComplaintOps.Judged(true, "属实"));
        Operation invalid = otherDesk.at(T0 + 110_000).op(OperationType.COMPLAINT_JUDGED, COMPLAINT, null,
                new ComplaintOps.Judged(false, "规划变更已公示，已告知业主申诉渠道"));
        ReplicaState state = Reducer.reduce(List.of(in, first, second, valid, invalid));
        ComplaintState c = state.complaints().get(COMPLAINT);

        assertEquals(ComplaintDepartment.DESIGN, c.handling().department());
        assertEquals(OpOutcome.SUPERSEDED, state.outcome(first.id()));
        assertFalse(c.validity().valid(), "the later clock wins");
        assertEquals(1, state.conflictsOf(EntityKind.COMPLAINT, COMPLAINT).size(), "and the office sees the pair");
    }

    @Test
    void nothingIsHandledOnceTheComplaintIsClosed() {
        Operation in = received();
        Operation closed = office.at(T0 + 60_000).op(OperationType.COMPLAINT_CLOSED, COMPLAINT, null,
                new ComplaintOps.Closed(4, null));
        Operation late = office.at(T0 + 120_000).op(OperationType.COMPLAINT_ESCALATED, COMPLAINT, null,
                new ComplaintOps.Escalated("李经理", "业主再次来电"));
        ReplicaState state = Reducer.reduce(List.of(in, closed, late));
        assertEquals(OpOutcome.rejected(ComplaintFold.RULE_CLOSED), state.outcome(late.id()));
        assertNull(state.complaints().get(COMPLAINT).escalation());
        assertTrue(state.operation(late.id()).isPresent(), "kept in the log");
    }

    @Test
    void theFormsFieldsAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new ComplaintOps.Handled(null, "方案", null));
        assertThrows(IllegalArgumentException.class, () -> new ComplaintOps.Handled(ComplaintDepartment.SALES, " ", null));
        assertThrows(IllegalArgumentException.class, () -> new ComplaintOps.Escalated("", "重大"));
        assertThrows(IllegalArgumentException.class, () -> new ComplaintOps.Escalated("李经理", null));
        assertThrows(IllegalArgumentException.class, () -> new ComplaintOps.Judged(false, ""));
    }

    @Test
    void eachClassGoesFirstToItsDepartment() {
        assertEquals(ComplaintDepartment.ENGINEERING, ComplaintDepartment.usualFor(ComplaintCategory.HOUSING_QUALITY));
        assertEquals(ComplaintDepartment.DESIGN, ComplaintDepartment.usualFor(ComplaintCategory.PLANNING_DESIGN));
        assertEquals(ComplaintDepartment.SALES, ComplaintDepartment.usualFor(ComplaintCategory.CONTRACT));
        assertEquals(ComplaintDepartment.FINANCE, ComplaintDepartment.usualFor(ComplaintCategory.PAYMENT));
    }
}
