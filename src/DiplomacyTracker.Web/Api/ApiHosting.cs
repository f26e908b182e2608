using System.Text.Json.Serialization;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// The read-only data endpoints: JSON under <c>/api</c>, the meetings CSV, the calendar, the Atom feed and the
/// OpenAPI document that describes them. Every endpoint is a GET but the corrections an editor's script makes with a
/// token (<see cref="CorrectionsApi"/>).
/// </summary>
public static class ApiHosting
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddTrackerApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();

        // Numbers are numbers: the web default also reads them from strings, which the OpenAPI document then
        // reports as "integer or string". The API reads no bodies, so nothing is lost.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(DocumentName, options => options.AddOperationTransformer<OpenApiParameterTypes>().AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DiplomacyTracker data";
            document.Info.Description = "Visits, meetings, officials, issues and articles, each fact with the sentences it was read from; editors' corrections, made with a token.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapVisitsApi();
        endpoints.MapVisitsCsv();
        endpoints.MapMeetingsApi();
        endpoints.MapOfficialsApi();
        endpoints.MapIssuesApi();
        endpoints.MapArticlesApi();
        endpoints.MapCorrectionsApi();
        endpoints.MapCalendar();
        endpoints.MapAtomFeed();

        // Anything else under /api answers in the API's own terms rather than with the HTML not-found page.
        endpoints.MapGet("/api/{**rest}", (string? rest) => ApiProblem.NotFound($"There is no API resource at /api/{rest}."))
            .ExcludeFromDescription();

        // The API only reads. Answering other methods here keeps the 405 from turning into the HTML error page.
        endpoints.MapMethods("/api/{**rest}", [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], (HttpContext context) =>
            {
                context.Response.Headers.Allow = HttpMethods.Get;
                return ApiProblem.MethodNotAllowed($"The API is read-only: {context.Request.Method} is not allowed, only GET (corrections: POST /api/corrections with a token).");
            })
            .ExcludeFromDescription();
        return endpoints;
    }
}
