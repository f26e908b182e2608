using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>An article ingested from a full server path shows its source without the server's folders.</summary>
public sealed class ServerPathTests
{
    private const string Source = "/srv/private/feeds/2025/talks.txt";

    [Fact]
    public async Task PagesAndTheApiShowTheFileNameNotTheServerPath()
    {
        using var app = new App(null);
        var id = await SeedAsync(app);
        using var client = app.CreateClient();

        foreach (var url in new[] { $"/articles/{id}", "/api/articles", $"/api/articles/{id}", "/ingestion" })
        {
            var body = await client.GetStringAsync(url);
            Assert.DoesNotContain("/srv/private", body, StringComparison.Ordinal);
            Assert.Contains("talks.txt", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ASourceUnderTheConfiguredRootIsShownRelativeToIt()
    {
        using var app = new App("/srv/private");
        var id = await SeedAsync(app);

        var page = await app.GetPageAsync($"/articles/{id}");

        Assert.Equal("· feeds/2025/talks.txt", page.Document.QuerySelector(".source")!.TextContent);
    }

    private static async Task<int> SeedAsync(TrackerAppFactory app)
    {
        var article = new Article { Title = "Talks", SourcePath = Source, Text = "Talks were held.", ContentHash = "h" };
        await app.SeedAsync(db => db.Articles.Add(article));
        await app.SeedAsync(db => db.IngestionEvents.Add(new IngestionEvent { At = DateTimeOffset.UtcNow, Source = Source, Status = "ingested", ArticleId = article.Id }));
        return article.Id;
    }

    private sealed class App(string? root) : TrackerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (root is not null)
            {
                builder.UseSetting("Tracker:SourceRoot", root);
            }
        }
    }
}
