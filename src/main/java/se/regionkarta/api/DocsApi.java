package se.regionkarta.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import se.regionkarta.web.ApiProblem;
import se.regionkarta.web.ProblemType;

/** The API's own description: the OpenAPI document and the pages behind the problem type URIs. */
final class DocsApi {

    /** What a problem type means; its {@code type} URI is where this is served. */
    record ProblemDescription(String type, String code, int status, String title, String description, String documentation) {
        static ProblemDescription of(ProblemType t) {
            return new ProblemDescription(t.uri(), t.code(), t.status(), t.title(), t.description(),
                    "/api#problem-" + t.code());
        }
    }

    /** Every problem type, in a list. */
    record Problems(List<ProblemDescription> items) {
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/v1/openapi.json", List.of(), DocsApi::openApi),
                Route.get("/api/v1/problems", List.of(), DocsApi::problems),
                Route.get("/api/v1/problems/{code}", List.of(), DocsApi::problem));
    }

    private static void openApi(Context ctx) {
        ctx.contentType("application/json").result(OpenApiDocument.json());
    }

    private static void problems(Context ctx) {
        ctx.json(new Problems(Arrays.stream(ProblemType.values()).map(ProblemDescription::of).toList()));
    }

    private static void problem(Context ctx) {
        String code = ctx.pathParam("code");
        ctx.json(Arrays.stream(ProblemType.values()).filter(t -> t.code().equals(code)).findFirst()
                .map(ProblemDescription::of)
                .orElseThrow(() -> ApiProblem.notFound("problem type", Params.shown(code))));
    }
}
