package com.handover.mobile.ui.workorders;

import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.Navigation;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.state.WorkOrderState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Maintenance: the work orders assigned to me, under 已超期 / 今日到期 / 其他, each group by time left. */
public final class WorkOrdersViewModel {

    private static final Comparator<WorkOrderRow> BY_DEADLINE = Comparator
            .comparing(WorkOrderRow::group)
            .thenComparing(r -> r.deadline() == null)
            .thenComparing(r -> r.deadline() == null ? Instant.MAX : r.deadline())
            .thenComparing(r -> r.order().reportedAt());

    private final AppContext app;
    private final Navigation navigation;
    private final WorkOrderDeadlines deadlines;
    private final ObservableList<WorkOrderRow> orders = FXCollections.observableArrayList();

    public WorkOrdersViewModel(AppContext app, Navigation navigation, WorkOrderDeadlines deadlines) {
        this.app = app;
        this.navigation = navigation;
        this.deadlines = deadlines;
    }

    public void refresh() {
        String me = app.session().current().map(s -> s.username()).orElse("");
        ReferenceData ref = app.reference().load();
        Instant now = app.clock().instant();
        List<WorkOrderState> mine = app.replica().read(s -> s.workOrders().values().stream()
                .filter(w -> me.equals(w.assignee()) && !w.finished()).toList());
        RoomNames rooms = new RoomNames(app.catalog());
        List<WorkOrderRow> rows = new ArrayList<>();
        for (WorkOrderState w : mine) {
            String unit = ref.unit(w.unitId())
                    .map(u -> ref.building(u.buildingId()).map(b -> b.name() + " ").orElse("") + u.number()).orElse("");
            boolean onSite = w.status() != WorkOrderStatus.CREATED && w.status() != WorkOrderStatus.ASSIGNED;
            Instant deadline = onSite ? null : deadlines.onSiteDeadline(w).orElse(null);
            var room = rooms.room(w.room());
            String roomZh = room.map(r -> r.labelZh()).orElse(w.room() == null ? "" : w.room());
            String roomEn = room.map(r -> r.labelEn()).orElse(w.room() == null ? "" : w.room());
            rows.add(new WorkOrderRow(w, unit, roomZh, roomEn, deadline,
                    deadline == null ? null : Duration.between(now, deadline),
                    DueGroup.of(deadline, now, app.clock().getZone())));
        }
        rows.sort(BY_DEADLINE);
        orders.setAll(rows);
    }

    public void open(WorkOrderRow row) {
        navigation.toWorkOrder(row.order().id());
    }

    public ObservableList<WorkOrderRow> orders() {
        return orders;
    }
}
