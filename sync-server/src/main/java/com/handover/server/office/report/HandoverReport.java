package com.handover.server.office.report;

import com.handover.model.ItemResult;
import com.handover.model.SignOffDecision;
import com.handover.server.office.query.InspectionView;
import com.handover.server.office.query.SignatureSvg;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed handover record as printed (HTML for the browser's print, and the PDF): what was signed, in the
 * order of the checklist, with the words already in the reader's language. One model feeds both forms, so
 * the paper and the PDF say the same.
 */
public record HandoverReport(String title, String project, String building, String unit, String owner,
                             String ownerPhone, LocalDate handoverDay, String inspector, String kind, String template,
                             SignOffDecision decision, String decisionText, List<Room> rooms, int itemCount,
                             int failedCount, List<Defect> defects, List<Line> meters, List<Line> keys,
                             List<SignatureSvg> signatures, String contentHash, RecordCheck.Status verification,
                             String verifyUrl, String verifyCode, QrCode qr) {

    public record Item(String name, String result, boolean failed, String measured, String note) {
    }

    public record Room(String name, List<Item> items) {
    }

    public record Defect(int number, String room, String item, String description, String severity,
                         List<InspectionView.Photo> photos) {
    }

    public record Line(String label, String value) {
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
                        i.measuredValue() == null ? "" : String.valueOf(i.measuredValue()), i.note() == null ? "" : i.note()));
                items++;
                if (i.failed()) {
                    failed++;
                }
            }
            rooms.add(new Room(r.name(), lines));
        }
        List<Defect> defects = new ArrayList<>();
        int n = 1;
        for (InspectionView.Defect d : view.defects()) {
            if (d.state().outsideSignedRecord()) {
                continue;
            }
            defects.add(new Defect(n++, d.roomName(), d.itemName(), d.state().description(), msg.label(d.state().severity()),
                    d.photos()));
        }
        List<Line> meters = view.meters().stream().map(m -> new Line(msg.label(m.type()), String.valueOf(m.reading()))).toList();
        List<Line> keys = view.keys().stream().map(k -> new Line(msg.label(k.type()), String.valueOf(k.count()))).toList();
        LocalDate day = so == null ? null : Instant.ofEpochMilli(so.at().wallMillis()).atZone(zone).toLocalDate();
        String template = view.names().template(s.templateCode(), s.templateVersion())
                .map(t -> msg.lang() == Lang.ZH ? t.nameZh() : t.nameEn())
                .orElse(s.templateCode()) + " v" + s.templateVersion();
        var unit = view.site().unit();
        return new HandoverReport(msg.t("report.heading"), view.site().project().name(), view.site().building().name(),
                unit.number(), unit.ownerName() == null ? "" : unit.ownerName(),
                unit.ownerPhone() == null ? "" : unit.ownerPhone(), day, view.inspectorLabel(), msg.label(s.kind()), template,
                so == null ? null : so.decision(), so == null ? "" : msg.label(so.decision()), rooms, items, failed,
                defects, meters, keys, view.signatures(), so == null ? null : so.contentHash(), view.check().status(),
                verifyUrl, verifyCode, verifyUrl == null ? null : QrCode.of(verifyUrl));
    }
}
