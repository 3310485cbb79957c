package se.regionkarta.web;

/**
 * Ends a request with a problem answer that is not refused input: nothing has that id (404), or the
 * request asks for what no route does (406, 415). Thrown by handlers, answered by {@link ErrorMapper};
 * input that cannot be used is a {@link se.regionkarta.input.BadInput} instead.
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;

    public ApiProblem(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(ProblemType.NOT_FOUND, "No " + what + " has the id '" + id + "'.");
    }
}
