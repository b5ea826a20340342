package com.handover.server.office.repair.confirm;

import com.handover.model.SignerRole;
import com.handover.model.Signature;
import com.handover.model.Stroke;
import com.handover.model.site.Contractor;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.auth.User;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.repair.intake.IntakeQueries;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.sync.ServerOperations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 签认: the completed repairs awaiting the signed-in supervisor's (监理) or project department's (项目部)
 * confirmation, filtered by building and responsible contractor, with before/after photos; one signature drawn
 * once confirms the orders ticked. Office and admin users see what awaits whom, and sign nothing.
 */
public final class ConfirmationPages {

    public static final String BASE = "/office/repair/confirmations";
    /** Most orders confirmed by one signature. */
    public static final int MAX_ORDERS_PER_SIGNATURE = 100;

    /** The page: the filter, its choices, the orders and the party the user signs as (null: looks only). */
    public record View(UUID building, UUID contractor, List<IntakeQueries.BuildingChoice> buildings,
                       List<Contractor> contractors, List<ConfirmationQueue.Entry> entries, SignerRole party,
                       String signerName, int confirmed, String message, boolean error) {
    }

    private final OfficeParts parts;
    private final ConfirmationQueue queue;

    public ConfirmationPages(OfficeParts parts) {
        this.parts = parts;
        this.queue = new ConfirmationQueue(parts.components(), parts.board(), parts.clocks().records());
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, ctx -> page(ctx, null, false, 200));
        routes.post(BASE, this::confirm);
    }

    private void page(Context ctx, String message, boolean error, int status) {
        UUID building = filterId(ctx, "building");
        UUID contractor = filterId(ctx, "contractor");
        User user = parts.actor(ctx);
        SignerRole party = ConfirmationQueue.partyOf(user.role());
        List<ConfirmationQueue.Entry> entries = queue.awaiting(party, building, contractor, user.username(),
                party == null, parts.components().clock().instant());
        PageContext page = parts.web().page(ctx, "confirmations", "confirm.title");
        ctx.status(status);
        parts.web().render(ctx, "repair/confirmations.jte", page, new View(building, contractor,
                new IntakeQueries(parts.components().db()).buildings(),
                parts.components().db().read(c -> parts.components().sites().contractors(c)), entries, party,
                user.displayName(), confirmedCount(ctx), message, error));
    }

    private void confirm(Context ctx) {
        User user = parts.actor(ctx);
        SignerRole party = ConfirmationQueue.partyOf(user.role());
        if (party == null) {
            throw OfficeHalt.page(403, "confirm.error.notAParty");
        }
        List<String> ticked = ctx.formParams("order");
        if (ticked.isEmpty()) {
            page(ctx, "confirm.error.noneTicked", true, 400);
            return;
        }
        if (ticked.size() > MAX_ORDERS_PER_SIGNATURE) {
            page(ctx, "confirm.error.tooMany", true, 400);
            return;
        }
        List<Stroke> strokes;
        Set<UUID> ids = new LinkedHashSet<>();
        try {
            for (String id : ticked) {
                ids.add(Forms.uuid(id, "order", true));
            }
            strokes = DrawnSignature.strokes(ctx.formParam("strokes"));
        } catch (IllegalArgumentException e) {
            page(ctx, e.getMessage().startsWith("confirm.") ? e.getMessage() : "confirm.error.noneTicked", true, 400);
            return;
        }
        Instant now = parts.components().clock().instant();
        Map<UUID, ConfirmationQueue.Entry> awaiting = queue.awaiting(party, null, null, user.username(), false, now)
                .stream().collect(Collectors.toMap(e -> e.row().order().id(), Function.identity()));
        if (!awaiting.keySet().containsAll(ids)) {
            page(ctx, "confirm.error.notAwaiting", true, 409);
            return;
        }
        Signature signature = new Signature(party, user.displayName(), strokes, now);
        List<ServerOperations.Draft> drafts = new ArrayList<>();
        for (UUID id : ids) {
            drafts.add(ServerOperations.Draft.of(OperationType.WORK_ORDER_CONFIRMED, id,
                    new WorkOrderOps.Confirmed(signature, awaiting.get(id).contentHash())));
        }
        try {
            parts.components().operations().write(user, drafts);
        } catch (ServerOperations.RefusedException e) {
            page(ctx, "confirm.error.notAwaiting", true, 409);
            return;
        }
        throw OfficeHalt.redirect(BASE + "?confirmed=" + ids.size());
    }

    /** How many orders the last signature confirmed, from the redirect after it. */
    private static int confirmedCount(Context ctx) {
        try {
            return Forms.integer(ctx.queryParam("confirmed"), "confirmed", 0, MAX_ORDERS_PER_SIGNATURE);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static UUID filterId(Context ctx, String name) {
        try {
            return Forms.uuid(ctx.queryParam(name), name, false);
        } catch (Forms.FormException e) {
            return null;
        }
    }
}
