package com.handover.server.office.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DeliveryStandard;
import com.handover.model.FloorPlanPin;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.json.BundledChecklists;
import com.handover.server.Components;
import com.handover.server.office.browser.ConsoleServer;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.templates.FloorPlans;
import com.handover.server.store.jdbc.Sql;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo's unit types carry floor plans, uploaded as the console's set-up uploads one, and its inspectors pin
 * each defect found in a room inside that room on the plan, as the app lets them: the inspection page draws them.
 */
class DemoFloorPlanTest {

    private static final List<String> THREE_BEDROOMS = List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "BEDROOM-3",
            "KITCHEN", "BATHROOM-1", "BATHROOM-2", "BALCONY-1");

    @Test
    void eachPlacedRoomHasItsOwnPlaceAndItsPinsLieInsideIt() {
        List<InstantiatedRoom> rooms = BundledChecklists.catalog().latest(DeliveryStandard.FINISHED).orElseThrow()
                .instantiate(THREE_BEDROOMS);
        DemoPlanLayout layout = DemoPlanLayout.of(rooms);
        List<String> placed = layout.rooms().stream().map(DemoPlanLayout.Placed::key).toList();
        assertEquals(List.of("BEDROOM-1", "BATHROOM-1", "BEDROOM-2", "BATHROOM-2", "BEDROOM-3", "ENTRANCE",
                "KITCHEN", "LIVING", "BALCONY-1"), placed, "every room of the unit but those of the whole unit");
        for (DemoPlanLayout.Placed a : layout.rooms()) {
            for (DemoPlanLayout.Placed b : layout.rooms()) {
                boolean overlap = a != b && a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom()
                        && b.top() < a.bottom();
                assertFalse(overlap, a.key() + " overlaps " + b.key());
            }
        }
        Random random = new Random(7);
        for (DemoPlanLayout.Placed room : layout.rooms()) {
            for (int i = 0; i < 200; i++) {
                FloorPlanPin pin = layout.pin(room.key(), random).orElseThrow();
                assertTrue(pin.at().x() > room.left() && pin.at().x() < room.right() && pin.at().y() > room.top()
                        && pin.at().y() < room.bottom(), room.key() + " holds its pin " + pin);
            }
        }
        assertTrue(layout.pin("WINDOWS", random).isEmpty(), "windows are everywhere: no pin");
        assertTrue(DemoPlanDrawing.png(layout).length > 0);
    }

    @Test
    void theDemosUnitTypesHavePlansAndAnInspectionShowsItsDefectsPinnedOnIt() {
        try (ConsoleServer server = ConsoleServer.start()) {
            Components c = server.components();
            List<String> types = c.db().read(conn -> Sql.query(conn, "SELECT id FROM unit_types",
                    rs -> rs.getString(1)));
            assertEquals(4, types.size());
            FloorPlans plans = new FloorPlans(c);
            for (String type : types) {
                assertEquals("image/png", plans.image(UUID.fromString(type)).orElseThrow().contentType());
            }
            String inspection = c.db().read(conn -> Sql.query(conn, "SELECT inspection_id FROM defects"
                    + " WHERE status <> 'VOID' AND room NOT IN ('WINDOWS', 'UTILITIES', 'FIXTURES')"
                    + " GROUP BY inspection_id ORDER BY COUNT(*) DESC, inspection_id LIMIT 1", rs -> rs.getString(1)))
                    .get(0);
            long placedDefects = c.db().read(conn -> Sql.count(conn, "SELECT COUNT(*) FROM defects"
                    + " WHERE inspection_id = ? AND status <> 'VOID' AND room NOT IN ('WINDOWS', 'UTILITIES',"
                    + " 'FIXTURES')", inspection));
            ConsoleHttp office = ConsoleHttp.signIn(server.baseUrl(), "office", ConsoleServer.PASSWORD);
            String page = office.get("/office/inspections/" + inspection).body();
            assertTrue(page.contains("class=\"floor-plan\""), "the plan is drawn");
            Matcher pins = Pattern.compile("class=\"pin\" data-pin=").matcher(page);
            int drawn = 0;
            while (pins.find()) {
                drawn++;
            }
            assertTrue(placedDefects >= 2, "the inspection chosen has defects in its rooms");
            assertEquals(placedDefects, drawn, "each defect found in a room is pinned on the plan");
        }
    }
}
