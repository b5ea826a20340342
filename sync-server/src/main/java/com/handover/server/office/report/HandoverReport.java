package com.handover.server.office.report;

import com.handover.model.ItemResult;
import com.handover.model.SignOffDecision;
import com.handover.server.office.figures.FloorPlan;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.query.Rectifications;
import com.handover.server.office.query.SignatureSvg;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed handover record as a formal 验收单 (HTML for the screen and the browser's print, and the PDF): what
 * was signed, in the order of the checklist, with the words already in the reader's language. One model feeds
 * both forms, so the paper and the PDF say the same.
 */
public record HandoverReport(String title, String project, String building, String unit, String owner,
                             String ownerPhone, LocalDate handoverDay, String inspector, String kind, String template,
                             SignOffDecision decision, String decisionText, List<Room> rooms, int itemCount,
                             int failedCount, List<Defect> defects, Plan plan, List<Line> meters, List<Line> keys,
                             List<Signer> signers, String contentHash, RecordCheck.Status verification,
                             String verifyUrl, String verifyCode, QrCode qr) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One checklist line: {@code measured} the value with its unit, {@code allowed} the limit it is held to. */
    public record Item(String name, String result, boolean failed, boolean passed, String measured, String allowed,
                       String note) {
    }

    public record Room(String name, List<Item> items) {

        public long passedCount() {
            return items.stream().filter(Item::passed).count();
        }
    }

    /**
     * A defect as numbered on the floor plan, with its 责任单位 and 整改期限 once it was sent for 整改 (both empty
     * before), and its photos with what was drawn on them.
     */
    public record Defect(int number, String room, String item, String description, String severity,
                         String responsible, LocalDate rectifyBy, List<InspectionView.Photo> photos) {
    }

    /** The unit type's floor plan with the defects' numbered pins; null when the unit type has none. */
    public record Plan(FloorPlan floorPlan, List<FloorPlan.Pin> pins) {
    }

    public record Line(String label, String value) {
    }

    /** A signature with the signer's role and name and when it was given, in the report's time zone. */
    public record Signer(String role, String name, String signedAt, SignatureSvg signature) {
    }

    public boolean signed() {
        return decision != null;
    }

    public static HandoverReport of(InspectionView view, Messages msg, ZoneId zone, String verifyUrl, String verifyCode) {
        var s = view.state();
        var so = s.signOff();
        List<Room> rooms = new ArrayList<>();
        int items = 0;
        int failed = 0;
        for (InspectionView.Room r : view.rooms()) {
            List<Item> lines = new ArrayList<>();
            for (InspectionView.Item i : r.items()) {
                lines.add(new Item(i.name(), msg.label(i.result()), i.result() == ItemResult.FAIL,
                        i.result() == ItemResult.PASS, i.measured(),
                        i.allowed(), i.note() == null ? "" : i.note()));
                items++;
                failed += i.failed() ? 1 : 0;
            }
            rooms.add(new Room(r.name(), lines));
        }
        List<Line> meters = view.meters().stream().map(m -> new Line(msg.label(m.type()),
                msg.t("insp.meterReading." + m.type().name(), String.valueOf(m.reading())))).toList();
        List<Line> keys = view.keys().stream().map(k -> new Line(msg.label(k.type()), String.valueOf(k.count()))).toList();
        LocalDate day = so == null ? null : Instant.ofEpochMilli(so.at().wallMillis()).atZone(zone).toLocalDate();
        String template = msg.templateName(s.templateCode(), s.templateVersion());
        var unit = view.site().unit();
        Plan plan = view.floorPlan() == null ? null : new Plan(view.floorPlan(), view.pins());
        return new HandoverReport(msg.t("report.heading"), view.site().project().name(), view.site().building().name(),
                unit.number(), unit.ownerName() == null ? "" : unit.ownerName(),
                unit.ownerPhone() == null ? "" : unit.ownerPhone(), day, view.inspectorLabel(), msg.label(s.kind()), template,
                so == null ? null : so.decision(), so == null ? "" : msg.label(so.decision()), rooms, items, failed,
                defects(view, msg), plan, meters, keys, signers(view, msg, zone), so == null ? null : so.contentHash(),
                view.check().status(), verifyUrl, verifyCode, verifyUrl == null ? null : QrCode.of(verifyUrl));
    }

    /** The signed defects, numbered as the floor plan's pins number them. */
    private static List<Defect> defects(InspectionView view, Messages msg) {
        List<Defect> out = new ArrayList<>();
        int n = 0;
        for (InspectionView.Defect d : view.defects()) {
            n++;
            if (d.state().outsideSignedRecord()) {
                continue;
            }
            Rectifications.Rectification r = view.rectifications().get(d.state().id());
            out.add(new Defect(n, d.roomName(), d.itemName(), d.state().description(), msg.label(d.state().severity()),
                    r == null || r.contractor() == null ? "" : r.contractor(), r == null ? null : r.rectifyBy(),
                    d.photos()));
        }
        return out;
    }

    private static List<Signer> signers(InspectionView view, Messages msg, ZoneId zone) {
        return view.signatures().stream().map(sig -> new Signer(msg.label(sig.signature().role()),
                sig.signature().signerName(), DATE_TIME.format(sig.signature().signedAt().atZone(zone)), sig)).toList();
    }
}
