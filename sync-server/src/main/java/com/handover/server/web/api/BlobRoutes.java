package com.handover.server.web.api;

import com.handover.server.blob.BlobService;
import com.handover.server.config.Limits;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.web.AsciiNumbers;
import com.handover.server.web.EntityTags;
import com.handover.server.web.JsonBodies;
import com.handover.server.web.RouteGroup;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import com.handover.server.web.errors.ErrorMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Photo bytes: resumable upload, status, download with ranges, and the list of photos still missing. */
public final class BlobRoutes implements RouteGroup {

    private static final String BLOBS = ApiAccess.PREFIX + "/blobs";

    private final BlobService blobs;
    private final Limits limits;

    public BlobRoutes(BlobService blobs, Limits limits) {
        this.blobs = blobs;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BLOBS + "/missing", ctx -> {
            ApiAccess.principal(ctx);
            ctx.contentType(ErrorMapper.JSON_UTF8).result(ModelJson.mapper().createObjectNode()
                    .set("missing", ModelJson.mapper().valueToTree(blobs.missing(ApiAccess.principal(ctx)))).toString());
        });
        routes.get(BLOBS + "/{sha}/upload", this::uploadStatus);
        routes.put(BLOBS + "/{sha}", this::upload);
        routes.get(BLOBS + "/{sha}", this::download);
    }

    private void uploadStatus(Context ctx) {
        ApiAccess.principal(ctx);
        String total = ctx.header("X-Blob-Length");
        if (total != null) {
            number(total, "X-Blob-Length");
        }
        json(ctx, blobs.status(ctx.pathParam("sha")));
    }

    private void upload(Context ctx) {
        ApiAccess.principal(ctx);
        String sha = BlobService.checkedSha(ctx.pathParam("sha"));
        String totalHeader = ctx.header("X-Blob-Length");
        if (totalHeader == null) {
            throw ApiException.validation("X-Blob-Length", "send the photo's total size in X-Blob-Length");
        }
        long total = number(totalHeader, "X-Blob-Length");
        if (total > limits.maxBlobBytes()) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "a photo may have at most " + limits.maxBlobBytes()
                    + " bytes", "X-Blob-Length");
        }
        String offsetParam = ApiQuery.value(ctx, "offset").orElse(null);
        long offset = offsetParam == null ? 0 : number(offsetParam, "offset");
        byte[] bytes = JsonBodies.readBytes(ctx, limits.maxBlobChunkBytes());
        var status = blobs.upload(sha, offset, total, bytes);
        ctx.status(status.created() ? 201 : 200);
        json(ctx, status);
    }

    private void download(Context ctx) {
        PhotoCatalog.BlobInfo info = blobs.describe(ApiAccess.principal(ctx), ctx.pathParam("sha"));
        String etag = "\"" + info.sha256() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "private, max-age=31536000, immutable");
        if (EntityTags.noneMatchHits(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        Optional<ByteRange> range;
        try {
            String ifRange = ctx.header("If-Range");
            range = ifRange == null || ifRange.equals(etag) ? ByteRange.parse(ctx.header("Range"), info.size())
                    : Optional.empty();
        } catch (ByteRange.Unsatisfiable e) {
            throw new ApiException(ErrorCode.RANGE_NOT_SATISFIABLE, 416, "the photo has " + info.size() + " bytes",
                    "Range", Map.of(), Map.of("Content-Range", "bytes */" + info.size()));
        }
        ctx.contentType(info.contentType());
        if (range.isPresent()) {
            ByteRange r = range.get();
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + r.start() + "-" + r.endInclusive() + "/" + info.size());
            send(ctx, blobs.read(info.sha256(), r.start(), (int) r.length()));
        } else {
            send(ctx, blobs.read(info.sha256(), 0, (int) info.size()));
        }
    }

    /** The bytes with their length declared (never chunked), so a device can tell a cut-off download. */
    private static void send(Context ctx, byte[] bytes) {
        ctx.header("Content-Length", Integer.toString(bytes.length));
        ctx.result(bytes);
    }

    private static void json(Context ctx, BlobService.UploadStatus status) {
        ObjectNode body = ModelJson.mapper().createObjectNode();
        body.put("received", status.received());
        body.put("complete", status.complete());
        ctx.contentType(ErrorMapper.JSON_UTF8).result(body.toString());
    }

    private static long number(String text, String field) {
        return AsciiNumbers.parseCanonical(text, 18)
                .orElseThrow(() -> ApiException.validation(field, field + " must be a whole number of bytes"));
    }
}
