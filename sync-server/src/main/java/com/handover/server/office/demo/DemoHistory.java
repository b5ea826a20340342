package com.handover.server.office.demo;

import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.demo.DemoData;
import com.handover.server.store.ReadModel;
import com.handover.server.store.jdbc.Sql;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A history for the demo project, written through the real sign-in and push paths as devices would have synced
 * it over the last weeks, on unit types whose floor plans are stored as the console stores an upload: signed
 * handover inspections (accepted, with defects, refused) with photos, pins and signatures, inspections in progress,
 * defects, work orders in every state (some overdue), complaints with answers and return visits, a concurrent edit
 * (a conflict), a finding recorded after signing, refused operations, photos whose bytes never arrived, a device
 * that stopped syncing and one whose clock runs ahead.
 * Loading it twice changes nothing.
 */
@ReadModel
public final class DemoHistory {

    /**
     * How much history to write.
     *
     * @param signedShare      share of units with a signed handover inspection
     * @param inProgressShare  share of units with an inspection not yet signed
     * @param days             the handovers are spread over this many days before now
     */
    public record Settings(long seed, double signedShare, double inProgressShare, int days) {
        public static Settings demo() {
            return new Settings(20_261_128L, 0.66, 0.08, 30);
        }

        public Settings {
            if (signedShare < 0 || inProgressShare < 0 || signedShare + inProgressShare > 1 || days < 5 || days > 365) {
                throw new IllegalArgumentException("shares must add up to at most 1 and days be 5..365");
            }
        }
    }

    /** What was written. */
    public record Summary(boolean writtenNow, int signed, int inProgress, int defects, int workOrders, int complaints,
                          long operations, Duration took) {
    }

    private DemoHistory() {
    }

    /**
     * The history of the server's demo project (滨江花园), written once. Its devices sign in as the demo's
     * accounts with {@code passwords} (user name to password), as the app does.
     */
    public static Summary loadDemo(Components c, Map<String, String> passwords) {
        UUID project = DemoData.PROJECT_ID;
        return generate(c, project, Settings.demo(), passwords, "inspector", "maintenance", "office");
    }

    /**
     * Writes the history of {@code projectId} unless its log already has operations. Each device signs in through
     * the server's sign-in with the password {@code passwords} holds for its user, and again once its token has
     * expired, so the devices and their tokens are those a real device's sign-ins leave.
     */
    public static Summary generate(Components c, UUID projectId, Settings settings, Map<String, String> passwords,
                                   String inspector, String maintenance, String office) {
        long existing = c.db().read(conn -> Sql.count(conn, "SELECT COUNT(*) FROM operations WHERE project_id = ?",
                projectId));
        if (existing > 0) {
            return new Summary(false, 0, 0, 0, 0, 0, existing, Duration.ZERO);
        }
        User i = user(c, inspector);
        User m = user(c, maintenance);
        User o = user(c, office);
        return new HistoryWriter(c, projectId, settings, passwords, i, m, o).write();
    }

    private static User user(Components c, String username) {
        return c.db().read(conn -> c.accounts().findUser(conn, username)).orElseThrow(() ->
                new IllegalStateException("the demo history needs the account " + username)).user();
    }
}
