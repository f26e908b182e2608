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
}
