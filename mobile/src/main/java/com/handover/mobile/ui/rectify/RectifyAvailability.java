package com.handover.mobile.ui.rectify;

import com.handover.mobile.store.StoredSession;
import com.handover.mobile.ui.AppContext;
import com.handover.model.Role;
import com.handover.model.rectify.Rectification;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.PushPermissions;
import com.handover.model.sync.state.WorkOrderState;
import java.util.List;
import java.util.UUID;

/** Whether 送整改 is offered for a unit: the signed-in user may send, and a defect of the unit waits to be sent. */
public final class RectifyAvailability {

    private RectifyAvailability() {
    }

    public static boolean offered(AppContext app, UUID unitId) {
        return maySend(app) && hasDefectsToSend(app, unitId);
    }

    private static boolean maySend(AppContext app) {
        return app.session().current().map(StoredSession::role)
                .filter(r -> r != Role.MAINTENANCE && PushPermissions.mayPush(r, OperationType.WORK_ORDER_ASSIGNED))
                .isPresent();
    }

    private static boolean hasDefectsToSend(AppContext app, UUID unitId) {
        return app.replica().read(s -> {
            List<WorkOrderState> orders = s.workOrders().values().stream()
                    .filter(w -> unitId.equals(w.unitId())).toList();
            return s.defects().values().stream()
                    .anyMatch(d -> unitId.equals(d.unitId()) && Rectification.sendable(orders, d));
        });
    }
}
