package com.handover.server.office.query;

import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MarkupShape;
import com.handover.model.MeterType;
import com.handover.model.PhotoRef;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.MeasurementContext;
import com.handover.model.checklist.ToleranceLimit;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import com.handover.model.sync.state.MeterEntry;
import com.handover.server.office.figures.FloorPlan;
import com.handover.server.office.figures.Markup;
import com.handover.server.office.figures.PhotoSizes;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.web.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An inspection as the console and the handover report show it: items by room with failures first, defects
 * with their photos, readings, keys, the sign-off with its signatures, and the verification of its hash.
 */
public record InspectionView(Site site, InspectionQueries.InspectionRecord record, List<Room> rooms,
                             List<Defect> defects, List<Meter> meters, List<Keys> keys, List<SignatureSvg> signatures,
                             RecordCheck check, List<InspectionQueries.ConflictPair> conflicts,
                             List<InspectionQueries.OutcomeRow> notApplied, ChecklistNames names,
                             String inspectorDisplayName, FloorPlan floorPlan,
                             Map<UUID, Rectifications.Rectification> rectifications) {

    /**
     * One checklist line as recorded: {@code measured} is the value with its unit ("3 mm") and {@code allowed}
     * the limit it is held to ("≤ 4 mm"), both empty for items judged without a figure.
     */
    public record Item(String code, String name, ItemResult result, Double measuredValue, String note, String measured,
                       String allowed) {
        public boolean failed() {
            return result == ItemResult.FAIL;
        }
    }

    public record Room(String key, String name, List<Item> items, int failed) {

        /** What always shows: failed, not applicable and unanswered items. */
        public List<Item> outstanding() {
            return items.stream().filter(i -> i.result() != ItemResult.PASS).toList();
        }

        /** The passed items, which fold away under the room. */
        public List<Item> passed() {
            return items.stream().filter(i -> i.result() == ItemResult.PASS).toList();
        }
    }

    /** A photo; {@code markup} is what was drawn on it on the phone (null when nothing was, or its size is unknown). */
    public record Photo(String sha256, boolean arrived, Markup markup) {

        public Photo(String sha256, boolean arrived) {
            this(sha256, arrived, null);
        }
    }

    public record Defect(DefectState state, String roomName, String itemName, String categoryName, List<Photo> photos) {
    }

    public record Meter(MeterType type, double reading, Photo photo) {
    }

    public record Keys(KeyType type, int count) {
    }

    public InspectionState state() {
        return record.state();
    }

    public int failedCount() {
        return rooms.stream().mapToInt(Room::failed).sum();
    }

    /** The inspector as people know them ("张验房"); the account name only when no name is on file. */
    public String inspectorLabel() {
        String user = state().startedBy();
        return inspectorDisplayName == null || inspectorDisplayName.isBlank() ? user : inspectorDisplayName;
    }

    public int itemCount() {
        return rooms.stream().mapToInt(r -> r.items().size()).sum();
    }

    /** The items of the template itself, each once, before they are repeated for every room of the unit. */
    public int templateItemCount() {
        return names.template(state().templateCode(), state().templateVersion()).map(ChecklistTemplate::itemCount)
                .orElse(itemCount());
    }

    /**
     * Builds the view; {@code arrived} names the photos whose bytes the server holds, {@code inspectorDisplayName}
     * is users.display_name of the inspector (null when the account is unknown).
     */
    public static InspectionView build(Site site, InspectionQueries.InspectionRecord record, List<DefectState> defects,
                                       RecordCheck check, List<InspectionQueries.ConflictPair> conflicts,
                                       List<InspectionQueries.OutcomeRow> notApplied, Set<String> arrived,
                                       ChecklistNames names, Lang lang, String inspectorDisplayName) {
        return build(site, record, defects, check, conflicts, notApplied, arrived, names, lang, inspectorDisplayName,
                new Figures(null, sha -> Optional.empty(), Map.of()));
    }

    /**
     * What besides the inspection's own operations its page and report show: the unit type's floor plan (null
     * when it has none), the size of each photo (for its markup) and the work orders that rectify its defects.
     */
    public record Figures(FloorPlan floorPlan, Function<String, Optional<PhotoSizes.Size>> sizes,
                          Map<UUID, Rectifications.Rectification> rectifications) {
    }

    public static InspectionView build(Site site, InspectionQueries.InspectionRecord record, List<DefectState> defects,
                                       RecordCheck check, List<InspectionQueries.ConflictPair> conflicts,
                                       List<InspectionQueries.OutcomeRow> notApplied, Set<String> arrived,
                                       ChecklistNames names, Lang lang, String inspectorDisplayName, Figures figures) {
        InspectionState s = record.state();
        Optional<ChecklistTemplate> template = names.template(s.templateCode(), s.templateVersion());
        List<Room> rooms = new ArrayList<>();
        for (String roomKey : s.rooms()) {
            List<Item> items = new ArrayList<>();
            List<String> order = templateItems(template, roomKey);
            for (String code : order) {
                ItemEntry e = s.items().get(ItemEntry.key(roomKey, code));
                items.add(item(names, s, code, e, lang));
            }
            for (ItemEntry e : s.items().values()) {
                if (e.room().equals(roomKey) && !order.contains(e.itemCode())) {
                    items.add(item(names, s, e.itemCode(), e, lang));
                }
            }
            // Failures first; otherwise the template's order.
            List<Item> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(i -> !i.failed()));
            int failed = (int) sorted.stream().filter(Item::failed).count();
            rooms.add(new Room(roomKey, names.room(s.templateCode(), s.templateVersion(), roomKey, lang), sorted, failed));
        }
        rooms.sort(Comparator.comparing(r -> r.failed() == 0));
        List<Defect> defectViews = new ArrayList<>();
        for (DefectState d : defects) {
            List<Photo> photos = d.photos().stream().map(p -> photo(p.sha256(), arrived, d, figures.sizes())).toList();
            defectViews.add(new Defect(d, names.room(s.templateCode(), s.templateVersion(), d.room(), lang),
                    names.item(s.templateCode(), s.templateVersion(), d.itemCode(), lang),
                    names.category(d.warrantyCategory(), lang), photos));
        }
        List<Meter> meters = new ArrayList<>();
        for (Map.Entry<MeterType, MeterEntry> e : s.meters().entrySet()) {
            PhotoRef p = e.getValue().photo();
            meters.add(new Meter(e.getKey(), e.getValue().reading(), p == null ? null : new Photo(p.sha256(),
                    arrived.contains(p.sha256()))));
        }
        meters.sort(Comparator.comparing(Meter::type));
        List<Keys> keys = s.keys().entrySet().stream().map(e -> new Keys(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Keys::type)).toList();
        List<SignatureSvg> signatures = s.signOff() == null ? List.of()
                : s.signOff().signatures().stream().map(SignatureSvg::of).toList();
        return new InspectionView(site, record, rooms, defectViews, meters, keys, signatures, check, conflicts,
                notApplied, names, inspectorDisplayName, figures.floorPlan(), figures.rectifications());
    }

    private static Item item(ChecklistNames names, InspectionState s, String code, ItemEntry e, Lang lang) {
        String name = names.item(s.templateCode(), s.templateVersion(), code, lang);
        if (e == null) {
            return new Item(code, name, ItemResult.NOT_CHECKED, null, null, "", "");
        }
        Optional<ToleranceLimit> limit = names.item(s.templateCode(), s.templateVersion(), code)
                .map(ChecklistItem::tolerance).flatMap(t -> t.applicableLimit(MeasurementContext.ORDINARY));
        return new Item(code, name, e.result(), e.measuredValue(), e.note(),
                Measurements.value(e.measuredValue(), limit.orElse(null)),
                limit.map(Measurements::allowed).orElse(""));
    }

    /** A defect photo with the markup drawn on it, when there is markup and the photo's size is known. */
    private static Photo photo(String sha, Set<String> arrived, DefectState d,
                               Function<String, Optional<PhotoSizes.Size>> sizes) {
        List<MarkupShape> shapes = d.markups() == null ? null : d.markups().get(sha);
        boolean here = arrived.contains(sha);
        if (shapes == null || shapes.isEmpty() || !here) {
            return new Photo(sha, here);
        }
        return new Photo(sha, true, sizes.apply(sha).map(size -> Markup.of(shapes, size.width(), size.height()))
                .orElse(null));
    }

    /** The defects in the order this view lists them, for numbering pins. */
    public List<UUID> defectOrder() {
        return defects.stream().map(d -> d.state().id()).toList();
    }

    /** The floor plan's numbered pins for this view's defects; empty without a drawable plan. */
    public List<FloorPlan.Pin> pins() {
        return floorPlan == null || !floorPlan.drawable() ? List.of() : floorPlan.pins(defectOrder());
    }

    /** Every photo the view names, to ask which have arrived. */
    public static List<String> photoHashes(InspectionState s, List<DefectState> defects) {
        List<String> out = new ArrayList<>();
        defects.forEach(d -> d.photos().forEach(p -> out.add(p.sha256())));
        s.meters().values().forEach(m -> {
            if (m.photo() != null) {
                out.add(m.photo().sha256());
            }
        });
        return out;
    }

    private static List<String> templateItems(Optional<ChecklistTemplate> template, String roomKey) {
        if (template.isEmpty()) {
            return List.of();
        }
        return template.get().roomOfKey(roomKey).map(r -> r.items().stream().map(ChecklistItem::code).toList()).orElse(List.of());
    }
}
