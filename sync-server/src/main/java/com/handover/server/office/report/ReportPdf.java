package com.handover.server.office.report;

import com.handover.server.office.query.InspectionView;
import com.handover.server.office.web.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The handover 验收单 as an A4 PDF (PDFBox, with an embedded CJK font): the same sections as the printed page,
 * as ruled tables, the floor plan with its numbered pins, each photo with its marks, the signature block with
 * names, dates and times, the representative's line, the seal circle and 第 x 页 共 y 页 under every page.
 */
public final class ReportPdf {

    /** Photos shown per defect in the PDF. */
    public static final int PHOTOS_PER_DEFECT = 3;
    private static final float BODY = 9.5f;
    private static final float PHOTO_W = 120;
    private static final float PHOTO_H = 90;

    private final CjkFont cjk;

    public ReportPdf(CjkFont cjk) {
        this.cjk = cjk;
    }

    /**
     * @param photoBytes the bytes of a photo (or the floor plan) by its hash, or null where they have not arrived
     */
    public byte[] render(HandoverReport r, Messages msg, Function<String, byte[]> photoBytes) throws IOException {
        synchronized (cjk) {
            try (PDDocument doc = new PDDocument()) {
                PdfSheet sheet = new PdfSheet(doc, cjk.load(doc));
                Sections sections = new Sections(sheet, new PdfFigures(sheet), r, msg, photoBytes);
                sections.head();
                sections.readings();
                sections.defects();
                sections.items();
                sections.signatures();
                sections.footer();
                sheet.finish((page, pages) -> msg.t("report.pageOf", page, pages));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

    /** The report's sections in order, each laid onto the sheet. */
    private record Sections(PdfSheet sheet, PdfFigures figures, HandoverReport r, Messages msg,
                            Function<String, byte[]> photoBytes) {

        void head() throws IOException {
            float top = sheet.y();
            if (r.qr() != null) {
                float size = 72;
                figures.qr(r.qr(), PdfSheet.WIDTH - PdfSheet.MARGIN - size, top, size);
                sheet.show(msg.t("report.verifyCode", r.verifyCode()), 7, PdfSheet.WIDTH - PdfSheet.MARGIN - size,
                        top - size - 9);
            }
            sheet.text(r.title(), 17, 0);
            sheet.gap(2);
            sheet.text(r.project() + " · " + r.building() + " · " + r.unit(), 11, 0);
            sheet.gap(r.qr() == null ? 8 : Math.max(8, sheet.y() - (top - 96)));
            PdfTable facts = new PdfTable(sheet, List.of(), 0.16f, 0.34f, 0.16f, 0.34f);
            facts.row(List.of(msg.t("report.project"), r.project(), msg.t("report.unit"), r.building() + " " + r.unit()));
            facts.row(List.of(msg.t("report.owner"), r.owner(), msg.t("report.phone"), r.ownerPhone()));
            facts.row(List.of(msg.t("report.date"), r.handoverDay() == null ? "" : r.handoverDay().toString(),
                    msg.t("report.inspector"), r.inspector()));
            facts.row(List.of(msg.t("report.kind"), r.kind(), msg.t("report.form"), r.template()));
            facts.row(List.of(msg.t("report.decision"), r.decisionText(), msg.t("report.result"),
                    msg.t("report.itemsLine", r.itemCount(), r.failedCount())));
        }

        void readings() throws IOException {
            sheet.heading(msg.t("report.section.readings"));
            PdfTable table = new PdfTable(sheet, List.of(msg.t("report.meter"), msg.t("report.reading"),
                    msg.t("report.key"), msg.t("report.count")), 0.3f, 0.2f, 0.3f, 0.2f);
            table.begin();
            int rows = Math.max(1, Math.max(r.meters().size(), r.keys().size()));
            for (int i = 0; i < rows; i++) {
                table.row(List.of(label(r.meters(), i), value(r.meters(), i), label(r.keys(), i), value(r.keys(), i)));
            }
        }

        /** The line's label; 未记录 in the first row of an empty list. */
        private String label(List<HandoverReport.Line> lines, int i) {
            return i < lines.size() ? lines.get(i).label() : i == 0 ? msg.t("report.notRecorded") : "";
        }

        private static String value(List<HandoverReport.Line> lines, int i) {
            return i < lines.size() ? lines.get(i).value() : "";
        }

        void defects() throws IOException {
            sheet.heading(msg.t("report.section.defects", r.defects().size()));
            plan();
            if (r.defects().isEmpty()) {
                sheet.text(msg.t("report.noDefects"), BODY, 0);
                return;
            }
            PdfTable table = new PdfTable(sheet, List.of(msg.t("insp.number"), msg.t("insp.room"), msg.t("dash.item"),
                    msg.t("insp.description"), msg.t("insp.severity"), msg.t("report.responsible"),
                    msg.t("report.rectifyBy")), 0.06f, 0.11f, 0.17f, 0.28f, 0.09f, 0.17f, 0.12f);
            table.begin();
            for (HandoverReport.Defect d : r.defects()) {
                table.row(List.of(String.valueOf(d.number()), d.room(), d.item(), d.description(), d.severity(),
                        d.responsible().isEmpty() ? msg.t("report.notSent") : d.responsible(),
                        d.rectifyBy() == null ? "—" : d.rectifyBy().toString()));
                photos(d);
            }
        }

        /** The floor plan with the defects' pins, when the unit type has a plan and its bytes are here. */
        private void plan() throws IOException {
            HandoverReport.Plan plan = r.plan();
            byte[] bytes = plan == null || !plan.floorPlan().drawable() ? null
                    : photoBytes.apply(plan.floorPlan().sha256());
            if (bytes == null) {
                return;
            }
            float maxW = 320;
            float maxH = 240;
            sheet.need(maxH + 24);
            var box = figures.image(bytes, PdfSheet.MARGIN + (PdfSheet.CONTENT_WIDTH - maxW) / 2, sheet.y(), maxW, maxH);
            figures.pins(box, plan.floorPlan(), plan.pins());
            sheet.down(box.height() + 4);
            sheet.text(msg.t("report.planCaption"), 8, 0);
            sheet.gap(6);
        }

        /** Up to {@link #PHOTOS_PER_DEFECT} photos of the defect in a row, each with its marks. */
        private void photos(HandoverReport.Defect d) throws IOException {
            List<InspectionView.Photo> shown = new ArrayList<>();
            List<byte[]> bytes = new ArrayList<>();
            for (InspectionView.Photo p : d.photos()) {
                byte[] b = p.arrived() ? photoBytes.apply(p.sha256()) : null;
                if (b != null && shown.size() < PHOTOS_PER_DEFECT) {
                    shown.add(p);
                    bytes.add(b);
                }
            }
            if (shown.isEmpty()) {
                return;
            }
            sheet.need(PHOTO_H + 8);
            float x = PdfSheet.MARGIN + 24;
            for (int i = 0; i < shown.size(); i++) {
                var box = figures.image(bytes.get(i), x, sheet.y() - 4, PHOTO_W, PHOTO_H);
                if (shown.get(i).markup() != null) {
                    figures.markup(box, shown.get(i).markup());
                }
                x += PHOTO_W + 8;
            }
            sheet.down(PHOTO_H + 8);
        }

        void items() throws IOException {
            sheet.heading(msg.t("report.section.items"));
            PdfTable table = new PdfTable(sheet, List.of(msg.t("dash.item"), msg.t("insp.result"),
                    msg.t("insp.measured"), msg.t("report.allowed"), msg.t("insp.note")), 0.38f, 0.1f, 0.14f, 0.14f, 0.24f);
            table.begin();
            for (HandoverReport.Room room : r.rooms()) {
                table.groupRow(room.name());
                for (HandoverReport.Item i : room.items()) {
                    List<String> cells = List.of(i.name(), i.result(), i.measured(), i.allowed(), i.note());
                    if (i.failed()) {
                        table.failedRow(cells);
                    } else {
                        table.row(cells);
                    }
                }
            }
        }

        /** Who signed, with signature, date and time; the representative's blank line; the seal circle. */
        void signatures() throws IOException {
            sheet.heading(msg.t("report.section.signatures"));
            sheet.need(60 * (r.signers().size() + 1) + 120);
            PdfTable table = new PdfTable(sheet, List.of(msg.t("report.signerRole"), msg.t("report.signerName"),
                    msg.t("report.signature"), msg.t("report.signedAt")), 0.24f, 0.18f, 0.36f, 0.22f);
            table.begin();
            for (HandoverReport.Signer s : r.signers()) {
                float top = table.tallRow(List.of(s.role(), s.name(), "", s.signedAt()), 56);
                figures.signature(s.signature().signature().strokes(),
                        new PdfFigures.Box(table.columnX(2) + 6, top - 4, table.columnWidth(2) - 12, 48));
            }
            table.tallRow(List.of(msg.t("report.representative"), "", "", msg.t("report.dateBlank")), 56);
            sheet.gap(10);
            sheet.text(msg.t("report.sealNote"), 8.5f, 0);
            float radius = 44;
            sheet.need(2 * radius + 10);
            figures.seal(PdfSheet.WIDTH - PdfSheet.MARGIN - radius - 10, sheet.y() - radius - 6, radius,
                    msg.t("report.seal"));
            sheet.down(2 * radius + 10);
        }

        void footer() throws IOException {
            sheet.heading(msg.t("report.hash"));
            sheet.text(r.contentHash() == null ? "" : r.contentHash(), 8, 0);
            sheet.text(msg.t("report.verificationLine", msg.label(r.verification())), BODY, 0);
            if (r.verifyUrl() != null) {
                sheet.text(msg.t("report.verifyAt", r.verifyUrl()), BODY, 0);
            }
        }
    }
}
