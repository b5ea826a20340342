package com.handover.server.office.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/** Record ids in console paths: lower-case UUIDs; anything else is "not found". */
public final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    public static UUID path(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (!UUID_TEXT.matcher(text).matches()) {
            throw OfficeHalt.notFound();
        }
        return UUID.fromString(text);
    }
}
