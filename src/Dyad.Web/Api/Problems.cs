using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dyad.Web.Api;

/// <summary>problem+json answers with a message that names the bad value.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadParameter(string detail) =>
        TypedResults.Problem(detail, title: "Bad parameter", statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, title: "Not found", statusCode: StatusCodes.Status404NotFound);

    /// <summary>An actor id as the pack writes them: letters, digits and at most one sector suffix (USA.LEG).</summary>
    public static bool IsActorId(string? s) =>
        !string.IsNullOrEmpty(s) && s.Length <= 16 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
