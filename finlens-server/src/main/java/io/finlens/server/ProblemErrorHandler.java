package io.finlens.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — a malformed request line (400), a URI or headers too long (414, 431), a body too slow (408) —
 * answered as problem bodies like every other error, not as Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        ObjectNode o = FinlensServer.JSON.createObjectNode();
        String title = org.eclipse.jetty.http.HttpStatus.getMessage(code);
        o.put("type", "/problems/http-" + code);
        o.put("title", title == null ? "HTTP " + code : title);
        o.put("status", code);
        o.put("detail", message == null || message.isBlank() ? (title == null ? "HTTP " + code : title) : message);
        o.put("instance", request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "" : request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(FinlensServer.JSON.writeValueAsBytes(o)), callback);
    }
}
