package com.handover.server.office.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.SignOffDecision;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.server.office.pages.PublicVerifyPage;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed handover record: every item, the signed defects only, the decision, readings, the QR link. */
class HandoverReportTest {

    private static final ZoneId ZONE = SignedRecord.ZONE;

    private InspectionView view() {
        return new SignedRecord().view(false);
    }

    @Test
    void theReportListsEveryItemAndOnlyTheDefectsTheOwnerSigned() {
        InspectionView view = view();
        HandoverReport r = HandoverReport.of(view, Messages.of(Lang.ZH), ZONE, "https://example.test/v/ABCDEFGHJK",
                "ABCDEFGHJK");
        ChecklistTemplate template = new SignedRecord().template;
        int expectedItems = template.itemCount(template.instantiate(List.of("LIVING", "BEDROOM-1", "KITCHEN", "BATHROOM-1")));
        assertEquals(expectedItems, r.itemCount());
        assertEquals(1, r.failedCount());
        assertTrue(r.rooms().get(0).items().get(0).failed(), "the room with a failure comes first, failure on top");
        assertEquals(1, r.defects().size(), "the defect found after signing is not in the signed record");
        assertEquals("墙面开裂 <b>约30cm</b>", r.defects().get(0).description(), "text is kept as typed; the page escapes it");
        assertTrue(r.defects().get(0).photos().get(0).arrived());
        assertEquals("收房，问题限期整改", r.decisionText());
        assertEquals(SignOffDecision.ACCEPT_WITH_DEFECTS, r.decision());
        assertEquals(LocalDate.of(2026, 11, 20), r.handoverDay());
        assertEquals("王芳", r.owner());
        assertEquals("张验房", r.inspector(), "the inspector by name");
        assertEquals(List.of(new HandoverReport.Line("水表", "12.5 m³")), r.meters());
        assertEquals(List.of(new HandoverReport.Line("防盗门钥匙", "3")), r.keys());
        assertEquals(List.of("业主", "验房员"), r.signers().stream().map(HandoverReport.Signer::role).toList());
        assertEquals("2026-11-20 10:00", r.signers().get(0).signedAt(), "the signing time in the report's zone");
        assertEquals("", r.defects().get(0).responsible(), "not sent for 整改 in this record");
        assertEquals(RecordCheck.Status.UNCHANGED, r.verification());
        assertNotNull(r.qr());
        assertEquals("https://example.test/v/ABCDEFGHJK", r.qr().text());
    }

    @Test
    void theReportSpeaksTheReadersLanguage() {
        HandoverReport en = HandoverReport.of(view(), Messages.of(Lang.EN), ZONE, null, null);
        assertEquals("Accept with defects", en.decisionText());
        assertEquals("Handover acceptance form", en.title());
        assertEquals(null, en.qr());
    }

    @Test
    void thePublicPageMasksTheUnitNumber() {
        assertEquals("1-12**", PublicVerifyPage.mask("1-1203"));
        assertEquals("**", PublicVerifyPage.mask("12"));
        assertFalse(PublicVerifyPage.mask("2-1801").contains("01"));
    }

    @Test
    void theQrCodeHasFinderPatternsInItsCorners() {
        QrCode qr = QrCode.of("https://example.test/v/ABCDEFGHJK");
        int m = QrCode.MARGIN;
        assertTrue(qr.dark()[m][m] && qr.dark()[m][qr.size() - m - 1] && qr.dark()[qr.size() - m - 1][m]);
        assertFalse(qr.dark()[0][0], "quiet zone");
        assertTrue(qr.svgPath().startsWith("M"));
    }
}
