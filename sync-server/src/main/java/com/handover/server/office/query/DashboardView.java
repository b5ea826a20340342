package com.handover.server.office.query;

import com.handover.model.Severity;
import com.handover.model.WorkOrderStatus;
import com.handover.server.office.web.ChartSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything the dashboard shows. */
public record DashboardView(Kpis kpis, ChartSpec handoversPerDay, ChartSpec passByBuilding, ChartSpec passByTrade,
                            List<ItemRate> worstItems, ChartSpec openDefectsByAge, List<DueOrder> dueOrders,
                            Expiring expiring, List<StaleDevice> staleDevices) {

    public record Kpis(int units, int handedOver, int openDefects, int overdueOrders, int dueToday,
                       int complaintsLate, int staleDevices) {
    }

    public record ItemRate(String itemCode, String name, String trade, int inspected, int failed) {
        public double passRate() {
            return inspected == 0 ? 1 : 1 - (double) failed / inspected;
        }
    }

    public record DueOrder(UUID id, UUID unitId, String unitLabel, String description, Severity severity,
                           WorkOrderStatus status, String contractor, Instant deadline, boolean overdue) {
    }

    public record ExpiringTerm(UUID unitId, String unitLabel, String category, LocalDate expiry) {
    }

    public record Expiring(int within30, int within90, List<ExpiringTerm> next) {
    }

    public record StaleDevice(String deviceId, String deviceName, String username, Long lastSyncAt) {
    }
}
