namespace Dyad.Web.Api;

/// <summary>problem+json answers with a message that names the bad value.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadParameter(string detail) =>
        TypedResults.Problem(detail, title: "Bad parameter", statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, title: "Not found", statusCode: StatusCodes.Status404NotFound);

    /// <summary>The answer to a parse of actors: 404 for a name the pack does not know, 400 for a malformed value.</summary>
    public static ProblemHttpResult For(Query.EventQueryParse parse) =>
        parse.UnknownActor ? TypedResults.Problem(parse.Error, title: "Unknown actor", statusCode: StatusCodes.Status404NotFound) : BadParameter(parse.Error!);

    /// <summary>404 for an actor name the pack does not know.</summary>
    public static ProblemHttpResult UnknownActor(string detail) =>
        TypedResults.Problem(detail, title: "Unknown actor", statusCode: StatusCodes.Status404NotFound);
}
