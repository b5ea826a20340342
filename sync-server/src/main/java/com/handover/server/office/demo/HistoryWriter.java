package com.handover.server.office.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.DeliveryStandard;
import com.handover.model.FloorPlanPin;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.SignerRole;
import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.json.BundledChecklists;
import com.handover.model.json.OperationCodec;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.site.Contractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.server.Components;
import com.handover.server.auth.AuthService;
import com.handover.server.auth.Principal;
import com.handover.server.auth.User;
import com.handover.server.office.repair.templates.FloorPlans;
import com.handover.server.sync.PushResult;
import com.handover.server.sync.PushService;
import com.handover.server.sync.SentOperation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;

/** Writes one project's history as a sequence of device syncs in time order (see {@link DemoHistory}). */
final class HistoryWriter {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Most operations in one push, as a device batches its outbox. */
    static final int BATCH = 500;

    private final Components c;
    private final UUID projectId;
    private final DemoHistory.Settings settings;
    private final Random random;
    private final DemoClock clock;
    private final PushService push;
    private final OperationCodec codec = new OperationCodec();
    private final ChecklistCatalog catalog = BundledChecklists.catalog();
    private final Instant now;
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparing(Event::at).thenComparingLong(Event::order));
    private long eventOrder;
    private long idCounter;

    final DemoDevice pad1;
    final DemoDevice pad2;
    final DemoDevice pad3;
    final DemoDevice phone;
    final DemoDevice desk;
    final DemoPhotos photos;
    final DemoSignatures signatures;
    final Map<String, Contractor> contractorByTrade = new HashMap<>();
    final List<Contractor> contractors;
    final User inspector;
    final User maintenance;
    final User office;
    final Counts counts = new Counts();
    /** The server's sign-in on the demo's clock: a token issued "then" expires a token lifetime after. */
    private final AuthService auth;
    private final Map<String, String> passwords;
    private final FloorPlans floorPlans;
    private final Map<UUID, DemoPlanLayout> plans = new HashMap<>();
    /** Apart from {@link #random}, so that the pins leave the rest of the history as it was. */
    private final Random pinRandom;
    /** Marked on the way, for the odd operations written at the end. */
    InspectionWalk firstAccepted;
    UUID lastAssignedOrder;
    final Map<UUID, UUID> lastStatusOp = new HashMap<>();
    /** The last write on each record's field, which every demo device has seen by its next step. */
    final Map<String, UUID> lastWrites = new HashMap<>();

    static final class Counts {
        int signed;
        int inProgress;
        int defects;
        int workOrders;
        int complaints;
        long operations;
    }

    private record Event(Instant at, long order, DemoDevice device, Runnable record) {
    }

    HistoryWriter(Components c, UUID projectId, DemoHistory.Settings settings, Map<String, String> passwords,
                  User inspector, User maintenance, User office) {
        this.c = c;
        this.projectId = projectId;
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.now = c.clock().instant();
        this.clock = new DemoClock(now);
        this.push = new PushService(c.db(), c.log(), c.entities(), c.sites(), c.photos(), c.devices(), c.scopes(),
                c.stateFolder(), c.serverClock(), clock);
        this.auth = new AuthService(c.db(), c.accounts(), c.devices(), c.passwords(), clock, c.config().limits());
        this.passwords = passwords;
        this.floorPlans = new FloorPlans(c);
        this.pinRandom = new Random(settings.seed() + 1);
        this.inspector = inspector;
        this.maintenance = maintenance;
        this.office = office;
        pad1 = new DemoDevice(inspector, "demo-pad-01", "验房平板 01", clock, Duration.ZERO, this::nextId, lastWrites);
        pad2 = new DemoDevice(inspector, "demo-pad-02", "验房平板 02", clock, Duration.ZERO, this::nextId, lastWrites);
        pad3 = new DemoDevice(inspector, "demo-pad-03", "验房平板 03", clock, Duration.ofMinutes(47), this::nextId,
                lastWrites);
        phone = new DemoDevice(maintenance, "demo-phone-m1", "维修手机 M1", clock, Duration.ZERO, this::nextId,
                lastWrites);
        desk = new DemoDevice(office, "office-desk-1", "客服中心前台", clock, Duration.ZERO, this::nextId, lastWrites);
        photos = new DemoPhotos(c.blobs(), random);
        signatures = new DemoSignatures(random);
        contractors = c.db().read(conn -> c.sites().contractors(conn));
        for (Contractor k : contractors) {
            k.trades().forEach(t -> contractorByTrade.putIfAbsent(t, k));
        }
    }

    UUID nextId() {
        return UUID.nameUUIDFromBytes(("demo-history:" + projectId + ":" + settings.seed() + ":" + (idCounter++))
                .getBytes(StandardCharsets.UTF_8));
    }

    DemoClock demoClock() {
        return clock;
    }

    DemoHistory.Settings settings() {
        return settings;
    }

    Random random() {
        return random;
    }

    Instant now() {
        return now;
    }

    /** Schedules what {@code device} records at {@code at}; it syncs right after. Events after now are dropped. */
    void at(Instant at, DemoDevice device, Runnable record) {
        if (at.isAfter(now.minusSeconds(60))) {
            return;
        }
        events.add(new Event(at, eventOrder++, device, record));
    }

    /** Longest the demo waits, once written, for the state tables to fold it. */
    private static final long STATE_WAIT_MILLIS = 60_000;

    DemoHistory.Summary write() {
        long started = System.nanoTime();
        List<Unit> units = c.db().read(conn -> c.sites().units(conn, projectId));
        Map<UUID, UnitType> types = new HashMap<>();
        c.db().read(conn -> c.sites().unitTypes(conn, projectId)).forEach(t -> types.put(t.id(), t));
        for (Unit unit : units) {
            plans.computeIfAbsent(unit.unitTypeId(), id -> floorPlan(unit, types.get(id)));
        }
        new UnitStories(this).plan(units, types);
        new ComplaintStories(this).plan(units);
        while (!events.isEmpty()) {
            Event e = events.poll();
            clock.set(e.at());
            signIn(e.device());
            e.record().run();
            // Two minutes after the event's last operation (a sign-off moves the clock to its signing).
            sync(e.device(), clock.instant().plusSeconds(120));
        }
        new OddOperations(this).send();
        // The demo is ready when the console shows all of it.
        c.stateFolder().awaitCaughtUp(STATE_WAIT_MILLIS);
        return new DemoHistory.Summary(true, counts.signed, counts.inProgress, counts.defects, counts.workOrders,
                counts.complaints, counts.operations, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The unit type's plan, uploaded as the console's set-up does unless the type has one already. */
    private DemoPlanLayout floorPlan(Unit unit, UnitType type) {
        DemoPlanLayout layout = DemoPlanLayout.of(template(unit).instantiate(type.rooms()));
        if (!floorPlans.has(type.id())) {
            String refused = floorPlans.store(type.id(), DemoPlanDrawing.png(layout));
            if (refused != null) {
                throw new IllegalStateException("the demo floor plan of " + type.code() + " is refused: " + refused);
            }
        }
        return layout;
    }

    /** Where on its unit type's plan an inspector would pin a defect found in {@code roomKey}, if anywhere. */
    Optional<FloorPlanPin> pin(Unit unit, String roomKey) {
        return plans.get(unit.unitTypeId()).pin(roomKey, pinRandom);
    }

    /** Pushes the device's outbox at {@code at}, in batches; every operation must be accepted. */
    void sync(DemoDevice device, Instant at) {
        if (device.outbox.isEmpty()) {
            return;
        }
        clock.set(at);
        List<Operation> all = new ArrayList<>(device.outbox);
        device.outbox.clear();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<SentOperation> batch = new ArrayList<>();
            for (Operation op : all.subList(from, Math.min(all.size(), from + BATCH))) {
                batch.add(SentOperation.of(codec.toJson(op)));
            }
            PushResult result = push.push(principal(device), batch, null);
            for (PushResult.Item item : result.results()) {
                if (item.status() == PushResult.Status.REJECTED) {
                    String type = all.stream().filter(o -> o.id().toString().equals(item.id())).map(o -> o.type().wireName())
                            .findFirst().orElse("?");
                    throw new IllegalStateException("demo operation " + type + " by " + device.deviceId + " refused: "
                            + item.code() + " " + item.message());
                }
            }
            counts.operations += batch.size();
            // The devices do not take in the server's clock here: it stands at the real now, and this history is
            // written at past times.
        }
    }

    /** Pushes raw operation JSON that the server is expected to refuse (for sync review). */
    PushResult pushRaw(DemoDevice device, Instant at, List<JsonNode> batch) {
        clock.set(at);
        return push.push(principal(device), batch);
    }

    ObjectNode tree(Operation op) {
        return codec.toTree(op);
    }

    /** Signs the device in as the app does: before its first sync, and again once its token has expired. */
    private void signIn(DemoDevice device) {
        if (device.token != null && clock.instant().isBefore(device.tokenExpiresAt)) {
            return;
        }
        String password = passwords.get(device.user.username());
        if (password == null) {
            throw new IllegalStateException("the demo history signs in as " + device.user.username()
                    + ", whose password is not known here");
        }
        AuthService.LoginResult login = auth.login(device.user.username(), password, device.deviceId,
                device.deviceName);
        device.token = login.token();
        device.tokenExpiresAt = login.expiresAt();
    }

    /** Who a push is from, read from the device's token as the API reads it. */
    private Principal principal(DemoDevice device) {
        signIn(device);
        return auth.authenticate(device.token);
    }

    /** A working-hours time on the day {@code daysAgo} before now, at least an hour before now. */
    Instant workTime(int daysAgo, int minuteOfDay) {
        ZonedDateTime day = now.atZone(ZONE).toLocalDate().minusDays(daysAgo).atStartOfDay(ZONE);
        Instant t = day.plusMinutes(minuteOfDay).toInstant();
        Instant latest = now.minus(Duration.ofHours(1));
        return t.isAfter(latest) ? latest.minusSeconds(random.nextInt(3600)) : t;
    }

    LocalDate day(Instant t) {
        return t.atZone(ZONE).toLocalDate();
    }

    ChecklistTemplate template(Unit unit) {
        return catalog.latest(unit.deliveryStandard()).orElseThrow(() ->
                new IllegalStateException("no checklist template for " + unit.deliveryStandard()));
    }

    Contractor contractorFor(String trade) {
        Contractor k = contractorByTrade.get(trade);
        if (k == null) {
            k = contractorByTrade.getOrDefault("CIVIL", contractors.get(0));
        }
        return k;
    }

    /** Records a whole inspection walk of {@code unit} on {@code device}: items, readings, keys, defects. */
    InspectionWalk walk(DemoDevice device, Unit unit, UnitType type, int failures, boolean complete, Instant at) {
        ChecklistTemplate template = template(unit);
        List<InstantiatedRoom> rooms = template.instantiate(type.rooms());
        UUID inspectionId = nextId();
        InspectionWalk walk = new InspectionWalk(inspectionId, unit);
        walk.ops.add(device.record(OperationType.INSPECTION_STARTED, inspectionId, new InspectionOps.Started(unit.id(),
                InspectionKind.HANDOVER, template.code(), template.version(), rooms.stream().map(InstantiatedRoom::key)
                .toList(), List.of())));
        List<String[]> pairs = new ArrayList<>();
        for (InstantiatedRoom room : rooms) {
            for (ChecklistItem item : room.room().items()) {
                pairs.add(new String[] {room.key(), item.code()});
            }
        }
        List<String[]> failing = pickFailures(pairs, failures);
        int answered = complete ? pairs.size() : pairs.size() / 3 + random.nextInt(pairs.size() / 3);
        for (int n = 0; n < answered; n++) {
            String[] p = pairs.get(n);
            boolean fail = failing.contains(p);
            ItemResult result = fail ? ItemResult.FAIL : random.nextInt(40) == 0 ? ItemResult.NOT_APPLICABLE : ItemResult.PASS;
            ChecklistItem checked = template.item(p[1]).orElseThrow();
            String note = fail ? DemoTexts.failureNote(checked, random) : null;
            Double measured = result == ItemResult.NOT_APPLICABLE ? null : DemoMeasurements.reading(checked, fail);
            walk.ops.add(device.record(OperationType.INSPECTION_ITEM_RECORDED, inspectionId,
                    new InspectionOps.ItemRecorded(p[0], p[1], result, measured, note)));
            if (fail) {
                walk.failed.add(new InspectionWalk.Failure(p[0], checked));
            }
        }
        if (complete) {
            walk.ops.add(device.record(OperationType.INSPECTION_METER_READ, inspectionId, new InspectionOps.MeterRead(
                    MeterType.WATER, Math.round(random.nextDouble() * 150) / 10.0, null)));
            walk.ops.add(device.record(OperationType.INSPECTION_METER_READ, inspectionId, new InspectionOps.MeterRead(
                    MeterType.ELECTRICITY, Math.round(random.nextDouble() * 900) / 10.0, photos.take(at, false))));
            if (unit.deliveryStandard() == DeliveryStandard.FINISHED) {
                walk.ops.add(device.record(OperationType.INSPECTION_METER_READ, inspectionId, new InspectionOps.MeterRead(
                        MeterType.GAS, Math.round(random.nextDouble() * 40) / 10.0, null)));
            }
            int[] keys = {3, 4 + random.nextInt(2), 2, 1, 2};
            for (KeyType k : KeyType.values()) {
                walk.ops.add(device.record(OperationType.INSPECTION_KEYS_COUNTED, inspectionId,
                        new InspectionOps.KeysCounted(k, keys[k.ordinal()])));
            }
        }
        return walk;
    }

    /** Failing items lean to a few "common" ones, as real handovers do. */
    private List<String[]> pickFailures(List<String[]> pairs, int n) {
        List<String[]> out = new ArrayList<>();
        int guard = 0;
        while (out.size() < n && guard++ < 1000) {
            String[] p;
            if (random.nextInt(10) < 6) {
                int common = (int) (Math.abs((long) (random.nextGaussian() * 3)) % 8);
                p = pairs.get((common * 17 + 5) % pairs.size());
            } else {
                p = pairs.get(random.nextInt(pairs.size()));
            }
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The owner's decision and both signatures over exactly the operations recorded so far, recorded when they
     * sign ({@code at}): the sign-off's clock and its signatures' times agree, as on a real device.
     */
    Operation signOff(DemoDevice device, InspectionWalk walk, SignOffDecision decision, Instant at) {
        clock.set(at);
        String hash = SignOffHasher.hash(walk.inspectionId, walk.ops, decision);
        String owner = walk.unit.ownerName() == null ? "业主" : walk.unit.ownerName();
        var signed = new InspectionOps.Signed(decision, List.of(
                signatures.sign(SignerRole.OWNER, owner, at),
                signatures.sign(SignerRole.INSPECTOR, device.user.displayName(), at)),
                walk.ops.stream().map(Operation::id).toList(), hash);
        return device.record(OperationType.INSPECTION_SIGNED, walk.inspectionId, signed);
    }

    static List<PhotoRef> list(PhotoRef... refs) {
        return List.of(refs);
    }
}
