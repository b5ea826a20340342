package com.handover.server.web.errors;

import com.handover.server.config.Limits;
import com.handover.server.web.api.ApiAccess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The web container's own error answers (a request it cannot parse: bad bytes in the target or a header,
 * headers over the size limit) in the protocol's JSON error body. Requests for the API, and requests that
 * could not be read far enough to know their path, get JSON; the office console keeps the container's page.
 */
public final class ContainerErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (!isApi(request)) {
            super.generateResponse(request, response, code, message, cause, callback);
            return;
        }
        ApiException e = forStatus(code);
        response.setStatus(e.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorMapper.JSON_UTF8);
        response.getHeaders().put(ApiAccess.PROTOCOL_HEADER, ApiAccess.PROTOCOL_VERSION);
        Content.Sink.write(response, true, ErrorMapper.body(e), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ErrorMapper.JSON_UTF8));
        fields.put(ApiAccess.PROTOCOL_HEADER, ApiAccess.PROTOCOL_VERSION);
        return ByteBuffer.wrap(ErrorMapper.body(forStatus(status)).getBytes(StandardCharsets.UTF_8));
    }

    /** Jetty's stand-in path for a request it could not parse (the real target is not known). */
    private static final String UNPARSED = "/badMessage";

    private static boolean isApi(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        return path == null || path.equals(UNPARSED) || path.startsWith(ApiAccess.PREFIX + "/")
                || path.equals(ApiAccess.PREFIX);
    }

    /** The error for a status the container chose; never quotes the request's bytes. */
    static ApiException forStatus(int status) {
        return switch (status) {
            case 400 -> new ApiException(ErrorCode.VALIDATION, "the request is not valid HTTP: its target or a header"
                    + " holds bytes that are not allowed (e.g. %00, a control character, a broken UTF-8 sequence)");
            case 404 -> ApiException.notFound("no such endpoint");
            case 405 -> new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "this path does not take this method");
            case 413 -> new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the request body is too large");
            case 414, 431 -> new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, status, status == 414
                    ? "the request target is too long" : "the request headers are too large (at most "
                    + Limits.MAX_HEADER_BYTES + " bytes in all)",
                    null, Map.of(), Map.of());
            default -> status >= 500
                    ? new ApiException(ErrorCode.INTERNAL, "the server failed to handle the request")
                    : new ApiException(ErrorCode.VALIDATION, status, "the request was refused by the web server",
                    null, Map.of(), Map.of());
        };
    }
}
