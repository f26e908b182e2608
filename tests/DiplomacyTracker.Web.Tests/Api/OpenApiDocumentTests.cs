using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

public sealed class OpenApiDocumentTests(EmptyFixture fixture) : IClassFixture<EmptyFixture>
{
    private static readonly string[] Endpoints =
    [
        "/api/visits", "/api/visits.csv", "/api/visits/{id}", "/api/meetings", "/api/meetings/{id}", "/api/meetings.csv",
        "/api/officials", "/api/officials/{id}", "/api/issues", "/api/issues/{id}", "/api/issues/{slug}",
        "/api/articles", "/api/articles/{id}", "/api/articles/{id}/versions", "/api/articles/{id}/versions/{version}", "/calendar.ics", "/feed.atom",
    ];

    /// <summary>The corrections log, and the corrections an editor's script makes with a token: the only operations that are not GETs.</summary>
    private static readonly string[] CorrectionEndpoints = ["/api/corrections", "/api/corrections/{id}", "/api/corrections/{id}/undo"];

    public static TheoryData<string> Paths => new(Endpoints);

    [Fact]
    public async Task ListsEveryEndpointAndOnlyGets()
    {
        var response = await fixture.App.GetAsync("/openapi/v1.json");
        var paths = response.Json.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("3.", response.Json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(Endpoints.Concat(CorrectionEndpoints).Order(StringComparer.Ordinal), paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(paths.EnumerateObject().Where(p => !CorrectionEndpoints.Contains(p.Name)),
            p => Assert.Equal(["get"], p.Value.EnumerateObject().Select(o => o.Name).ToArray()));
        Assert.Equal(["get", "post"], paths.GetProperty("/api/corrections").EnumerateObject().Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["post"], paths.GetProperty("/api/corrections/{id}/undo").EnumerateObject().Select(o => o.Name));
    }

    [Fact]
    public async Task ListParametersHaveTheirTypes()
    {
        var parameters = (await fixture.App.GetAsync("/openapi/v1.json")).Json
            .GetProperty("paths").GetProperty("/api/meetings").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        Assert.Equal(["country", "from", "issue", "official", "page", "pageSize", "q", "status", "to"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("date", parameters["from"].GetProperty("format").GetString());
        Assert.Equal("integer", parameters["pageSize"].GetProperty("type").GetString());
        Assert.Equal(["held", "planned"], parameters["status"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task TheReferencePageDescribesEachEndpoint(string path)
    {
        var page = await fixture.App.GetPageAsync("/api");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(path, page.Document.Texts(".api-operation .path"));
    }

    [Fact]
    public async Task TheReferencePageShowsParametersAndSchemas()
    {
        var page = await fixture.App.GetPageAsync("/api");
        var visits = page.Document.QuerySelectorAll(".api-operation").Single(o => o.QuerySelector(".path")?.TextContent == "/api/visits");

        Assert.Contains("from", visits.Texts(".api-parameter th code"));
        Assert.Contains("SourceExcerpt", page.Document.Texts(".api-schema h3"));
    }
}
