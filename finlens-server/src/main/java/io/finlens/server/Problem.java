package io.finlens.server;

import java.util.Objects;

/**
 * An HTTP error as a problem body (RFC 9457: type, title, status, detail). Handlers throw it; the server writes it
 * as {@code application/problem+json}.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final String title;

    /**
     * @param status the HTTP status
     * @param type   a short id of the kind of problem, written as {@code /problems/<type>}
     * @param title  the kind of problem in words, the same for every instance of the type
     * @param detail what went wrong with this request, naming the offending value
     */
    public Problem(int status, String type, String title, String detail) {
        super(detail);
        if (status < 400 || status > 599) throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "Bad request", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    static Problem tooLarge(long max) {
        return new Problem(413, "too-large", "Request body too large",
                "the body is larger than the limit of " + max + " bytes (start the server with a larger --max-upload)");
    }
}
