package se.regionkarta.web;

/** Ends an API request with a problem answer; thrown by handlers, turned into JSON by {@link ErrorMapper}. */
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

    public static ApiProblem badParameter(String parameter, String rule) {
        return new ApiProblem(ProblemType.BAD_PARAMETER, "Parameter '" + parameter + "': " + rule);
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(ProblemType.NOT_FOUND, "No " + what + " has the id '" + id + "'.");
    }
}
