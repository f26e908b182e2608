using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DiplomacyTracker.Web.Api;

/// <summary>RFC 7807 answers for requests the API cannot serve.</summary>
internal static class ApiProblem
{
    public static ProblemHttpResult BadParameter(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query parameter");

    public static ProblemHttpResult MethodNotAllowed(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>
    /// A visit, meeting or official that is not stored: 301 to the survivor of a merge, 410 naming what replaced a
    /// fact that vanished (<c>replacedBy</c>), else 404.
    /// </summary>
    public static async Task<(RedirectHttpResult? Redirect, ProblemHttpResult? Problem)> MissingAsync(TrackerDbContext db, string kind, int id,
        CancellationToken cancellationToken)
    {
        var retired = await RetiredFacts.FindAsync(db, kind, id, cancellationToken);
        if (retired is { Merged: true, To: int survivor })
        {
            return (TypedResults.Redirect($"/api{RetiredFacts.PathOf(kind, survivor)}", permanent: true), null);
        }

        if (retired is { Exists: false })
        {
            var extensions = new Dictionary<string, object?>
            {
                ["replacedBy"] = retired.To is int to ? $"/api{RetiredFacts.PathOf(kind, to)}" : null,
            };
            return (null, TypedResults.Problem(detail: $"The {kind} {id} is no longer in the record" + (retired.To is int r ? $"; it was replaced by {kind} {r}." : "."),
                statusCode: StatusCodes.Status410Gone, title: "Gone", extensions: extensions));
        }

        return (null, NotFound($"There is no {kind} {id}."));
    }
}
