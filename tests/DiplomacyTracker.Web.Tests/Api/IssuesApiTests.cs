using System.Net;
using System.Text.Json;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Api;

[Collection(nameof(AloneInTheProcess))]
public sealed class IssuesApiTests : IDisposable
{
    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnIssuesMentionsComeAPageAtATimeOldestFirstWithALinkToTheNext()
    {
        await IngestAsync("a.txt", """
            2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.
            2025-03-06: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about trade.
            """);
        await IngestAsync("b.txt", "2025-05-10: Omar Haddad (Jordan) in Peru meets Rosa Quispe (Peru) about trade.");

        var first = await _app.GetAsync("/api/issues/trade?pageSize=2");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(3, first.Json.GetProperty("total").GetInt32());
        Assert.Equal(["2025-03-04", "2025-03-06"], Days(first));
        var next = first.Json.GetProperty("links").GetProperty("next").GetString()!;
        Assert.Contains("rel=\"next\"", first.Headers.GetValues("Link").Single(), StringComparison.Ordinal);

        var second = await _app.GetAsync(next);
        Assert.Equal(["2025-05-10"], Days(second));
        Assert.Equal(JsonValueKind.Null, second.Json.GetProperty("links").GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task AnIssueIsCachedUntilTheNextIngest()
    {
        await IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.");
        var fresh = await _app.GetAsync("/api/issues/trade");
        var again = await _app.GetAsync("/api/issues/trade");

        Assert.False(fresh.Headers.Contains("Age"));
        Assert.True(again.Headers.Contains("Age"), "the second answer did not come from the cache");
        Assert.Equal(fresh.Body, again.Body);

        await IngestAsync("b.txt", "2025-05-10: Omar Haddad (Jordan) in Peru meets Rosa Quispe (Peru) about trade.");
        var after = await _app.GetAsync("/api/issues/trade");

        Assert.False(after.Headers.Contains("Age"));
        Assert.Equal(["2025-03-04", "2025-05-10"], Days(after));
    }

    private Task<IngestOutcome> IngestAsync(string path, string text) =>
        _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync(path, System.Text.Encoding.UTF8.GetBytes(text), CancellationToken.None);

    private static string[] Days(ApiResponse response) =>
        [.. response.Json.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("date").GetString()!)];
}
