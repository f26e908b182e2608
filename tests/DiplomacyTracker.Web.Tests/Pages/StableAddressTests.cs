using System.Net;
using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class StableAddressTests
{
    [Fact]
    public async Task ReextractingTheSeedsKeepsEveryAddressOfThePreviousExport()
    {
        using var app = new SeededAppFactory();
        var before = await app.QueryAsync(db => ExportCommand.BuildAsync(db, CancellationToken.None));
        Assert.NotEmpty(before.Meetings);

        Assert.Equal(0, await ReextractCommand.RunAsync(app.Services, TextWriter.Null, CancellationToken.None));

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var addresses = before.Visits.Select(v => $"/visits/{v.Id}")
            .Concat(before.Meetings.Select(m => $"/meetings/{m.Id}"))
            .Concat(before.Officials.Select(o => $"/officials/{o.Id}"))
            .Concat(before.Articles.Select(a => $"/articles/{a.Id}"))
            .Concat(before.Visits.Select(v => $"/api/visits/{v.Id}"))
            .Concat(before.Meetings.Select(m => $"/api/meetings/{m.Id}"))
            .Concat(before.Officials.Select(o => $"/api/officials/{o.Id}"));
        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        }

        var anchors = before.Meetings.SelectMany(m => m.Excerpts).Concat(before.Issues.SelectMany(i => i.Excerpts)).DistinctBy(e => e.Excerpt).ToList();
        Assert.NotEmpty(anchors);
        foreach (var group in anchors.GroupBy(e => e.Article))
        {
            var page = await app.GetPageAsync($"/articles/{group.Key}");
            foreach (var excerpt in group)
            {
                var mark = page.Document.GetElementById($"excerpt-{excerpt.Excerpt}");
                Assert.True(mark is not null, $"{excerpt.Href} no longer anchors anything");
                Assert.Contains(mark!.TextContent, excerpt.Text);
            }
        }
    }

    [Fact]
    public async Task MeetingThatVanishedAnswers410NamingWhatReplacedIt()
    {
        using var app = new EditorAppFactory();
        var ingestor = app.Services.GetRequiredService<ArticleIngestor>();
        await ingestor.IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.\n"u8.ToArray(), CancellationToken.None);
        var (visit, meeting) = await app.QueryAsync(async db => ((await db.Visits.SingleAsync()).Id, (await db.Meetings.SingleAsync()).Id));

        // The corrected story: the talks on that trip were with someone else.
        await ingestor.IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about trade.\n"u8.ToArray(), CancellationToken.None);
        var now = await app.QueryAsync(db => db.Meetings.Select(m => m.Id).ToListAsync());

        var page = await app.GetPageAsync($"/meetings/{meeting}");
        Assert.DoesNotContain(meeting, now);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Equal($"/meetings/{Assert.Single(now)}", page.Document.QuerySelector("a[rel=replaced-by]")!.GetAttribute("href"));
        using var client = app.CreateClient();
        using var api = await client.GetAsync($"/api/meetings/{meeting}");
        Assert.Equal(HttpStatusCode.Gone, api.StatusCode);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal($"/api/meetings/{now.Single()}", problem.RootElement.GetProperty("replacedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, (await app.GetPageAsync($"/visits/{visit}")).Status);
    }

    [Fact]
    public async Task OfficialWhoVanishedAnswers410AndUnknownIdsStay404()
    {
        using var app = new EditorAppFactory();
        var ingestor = app.Services.GetRequiredService<ArticleIngestor>();
        await ingestor.IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile).\n"u8.ToArray(), CancellationToken.None);
        var soto = await app.QueryAsync(db => db.Officials.Where(o => o.Name == "Luis Soto").Select(o => o.Id).SingleAsync());
        await ingestor.IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile).\n"u8.ToArray(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Gone, (await app.GetPageAsync($"/officials/{soto}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/officials/9999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/meetings/9999")).Status);
    }

    [Fact]
    public async Task AReplacedTextStaysReadableAsAnEarlierVersionOnThePageAndInTheApi()
    {
        using var app = new EditorAppFactory();
        var ingestor = app.Services.GetRequiredService<ArticleIngestor>();
        const string first = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.\n";
        await ingestor.IngestAsync("a.txt", System.Text.Encoding.UTF8.GetBytes(first), CancellationToken.None);
        var id = await app.QueryAsync(db => db.Articles.Select(a => a.Id).SingleAsync());
        await ingestor.IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about trade.\n"u8.ToArray(), CancellationToken.None);

        var article = await app.GetPageAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Contains("Marta Ruiz", article.Document.QuerySelector(".article-text")!.TextContent);
        var link = Assert.Single(article.Document.Hrefs("details.versions a.version"));
        Assert.Equal($"/articles/{id}/versions/1", link);

        var version = await app.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, version.Status);
        Assert.Equal(first, version.Document.QuerySelector(".article-text")!.TextContent);
        Assert.Equal($"/articles/{id}", version.Document.QuerySelector("a[rel=latest-version]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync($"/articles/{id}/versions/2")).Status);

        using var client = app.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}/versions"));
        var only = Assert.Single(list.RootElement.EnumerateArray().ToList());
        Assert.Equal(1, only.GetProperty("number").GetInt32());
        using var text = JsonDocument.Parse(await client.GetStringAsync(only.GetProperty("apiHref").GetString()));
        Assert.Equal(first, text.RootElement.GetProperty("text").GetString());
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}"));
        Assert.Equal(1, detail.RootElement.GetProperty("versions").GetArrayLength());
        using var missing = await client.GetAsync($"/api/articles/{id}/versions/2");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
