using System.Net;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class CorrectionPagesTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.\n";

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EditorCorrectsAMeetingFromItsPageAndEveryoneSeesWhoDidIt()
    {
        var meeting = await IngestAsync();
        using var editor = await _app.SignedInAsync();

        var page = await editor.GetAsync($"/meetings/{meeting}");
        var after = await editor.SubmitAsync(page.Form("#correct-meeting"), new() { ["fields[city]"] = "Valparaíso", ["reason"] = "the ministry's statement" });

        Assert.Equal(HttpStatusCode.OK, after.Status);
        var shown = await _app.GetPageAsync($"/meetings/{meeting}");
        Assert.Contains("Valparaíso", shown.Document.QuerySelector(".meta .city")!.TextContent);
        Assert.StartsWith($"Corrected by {EditorAppFactory.UserName}, ", shown.Document.QuerySelector(".corrected-by")!.TextContent.Trim());
        Assert.Contains("city: — → Valparaíso", shown.Document.QuerySelector(".correction .summary")!.TextContent);
        var log = await _app.GetPageAsync("/corrections");
        Assert.Contains("the ministry's statement", log.Document.QuerySelector(".correction .reason")!.TextContent);
        var export = await _app.QueryAsync(db => ExportCommand.BuildAsync(db, CancellationToken.None));
        Assert.Equal(("city", "Valparaíso"), (export.Corrections.Single().Changes.Single().Field, export.Corrections.Single().Changes.Single().To));
    }

    [Fact]
    public async Task TheEditorIsToldWhatHappenedAndAReaderIsNot()
    {
        var meeting = await IngestAsync();
        using var editor = await _app.SignedInAsync();

        var page = await editor.GetAsync($"/meetings/{meeting}");
        var after = await editor.SubmitAsync(page.Form("#correct-meeting"), new() { ["fields[venue]"] = "La Moneda" });

        Assert.Equal("Corrected.", after.Document.QuerySelector(".notice")!.TextContent.Trim());
        var shown = await _app.GetPageAsync($"/meetings/{meeting}");
        Assert.Null(shown.Document.QuerySelector(".notice"));
    }

    [Fact]
    public async Task EditorUndoesACorrectionFromThePage()
    {
        var meeting = await IngestAsync();
        using var editor = await _app.SignedInAsync();
        var page = await editor.GetAsync($"/meetings/{meeting}");
        page = await editor.SubmitAsync(page.Form("#correct-meeting"), new() { ["fields[venue]"] = "La Moneda" });

        await editor.SubmitAsync(page.Form(".undo"));

        var shown = await _app.GetPageAsync($"/meetings/{meeting}");
        Assert.Null(shown.Document.QuerySelector(".meta .venue"));
        Assert.Null(shown.Document.QuerySelector(".corrected-by"));
        Assert.Contains("undone by", shown.Document.QuerySelector(".correction .undone")!.TextContent);
    }

    [Fact]
    public async Task DeletedMeetingAnswers410AndIsInTheLog()
    {
        var meeting = await IngestAsync();
        using var editor = await _app.SignedInAsync();
        var page = await editor.GetAsync($"/meetings/{meeting}");

        var log = await editor.SubmitAsync(page.Form("#delete-meeting"), new() { ["reason"] = "a greeting, not talks" });

        Assert.Contains($"deleted meeting {meeting}", log.Document.QuerySelector(".correction .summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Gone, (await _app.GetPageAsync($"/meetings/{meeting}")).Status);
    }

    [Fact]
    public async Task MergedMeetingsAddressAnswers301ToTheSurvivor()
    {
        await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("a.txt",
            System.Text.Encoding.UTF8.GetBytes(Talks + "2025-03-05: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile).\n"), CancellationToken.None);
        var meetings = await _app.QueryAsync(db => db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        using var editor = await _app.SignedInAsync();
        var page = await editor.GetAsync($"/meetings/{meetings[0]}");

        await editor.SubmitAsync(page.Form("#merge-meeting"), new() { ["other"] = $"{meetings[1]}" });

        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var old = await client.GetAsync($"/meetings/{meetings[1]}");
        using var api = await client.GetAsync($"/api/meetings/{meetings[1]}");
        Assert.Equal((HttpStatusCode.MovedPermanently, $"/meetings/{meetings[0]}"), (old.StatusCode, old.Headers.Location!.OriginalString));
        Assert.Equal((HttpStatusCode.MovedPermanently, $"/api/meetings/{meetings[0]}"), (api.StatusCode, api.Headers.Location!.OriginalString));
        var survivor = await _app.GetPageAsync($"/meetings/{meetings[0]}");
        Assert.Equal(["Anna Berg", "Luis Soto", "Marta Ruiz"], survivor.Document.QuerySelectorAll(".participant a[href^='/officials/']").Select(a => a.TextContent));
    }

    [Fact]
    public async Task AnonymousPostCorrectsNothing()
    {
        var meeting = await IngestAsync();
        using var editor = await _app.SignedInAsync();
        var form = (await editor.GetAsync($"/meetings/{meeting}")).Form("#correct-meeting");
        using var anonymous = _app.Browse();
        await anonymous.GetAsync($"/meetings/{meeting}");

        // The editor's form (and antiforgery token) posted without the editor's cookie.
        await anonymous.SubmitAsync(form, new() { ["fields[city]"] = "Lima" });

        Assert.Equal(0, await _app.QueryAsync(db => db.Corrections.CountAsync()));
        Assert.Null(await _app.QueryAsync(db => db.Meetings.Select(m => m.City).SingleAsync()));
    }

    [Fact]
    public async Task PagesShowNoCorrectionFormsToAnonymousReaders()
    {
        var meeting = await IngestAsync();

        var page = await _app.GetPageAsync($"/meetings/{meeting}");

        Assert.Null(page.Document.QuerySelector("#correct-meeting"));
    }

    [Fact]
    public async Task EditorSplitsTwoTripsTakenForOneFromTheVisitPage()
    {
        await IngestAsync();
        await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("b.txt",
            "2025-03-06: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about energy.\n"u8.ToArray(), CancellationToken.None);
        var (visit, b) = await _app.QueryAsync(async db => ((await db.Visits.SingleAsync()).Id, (await db.Articles.SingleAsync(a => a.SourcePath == "b.txt")).Id));
        using var editor = await _app.SignedInAsync();

        var page = await editor.GetAsync($"/visits/{visit}");
        var form = page.Form("#split-visit");
        Assert.Equal(2, form.QuerySelectorAll("input[name=articles]").Length);
        ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector($"input[name=articles][value='{b}']")!).IsChecked = true;
        var after = await editor.SubmitAsync(form, new() { ["reason"] = "two trips, two days apart" });

        var visits = await _app.QueryAsync(db => db.Visits.OrderBy(v => v.Id).Select(v => new { v.Id, v.Start }).ToListAsync());
        Assert.Equal(2, visits.Count);
        Assert.Equal(visit, visits[0].Id);
        Assert.Contains($"moved to visit {visits[1].Id}", after.Document.QuerySelector(".notice")!.TextContent);
        var split = await _app.GetPageAsync($"/visits/{visits[1].Id}");
        Assert.Contains($"split visit {visit}", split.Document.QuerySelector(".correction .summary")!.TextContent);
        Assert.Equal(new DateOnly(2025, 3, 6), visits[1].Start);
    }

    [Fact]
    public async Task EditorGivesATripToItsRealTravellerFromTheVisitPage()
    {
        await IngestAsync();
        var (visit, soto) = await _app.QueryAsync(async db => ((await db.Visits.SingleAsync()).Id, (await db.Officials.SingleAsync(o => o.Name == "Luis Soto")).Id));
        using var editor = await _app.SignedInAsync();

        var page = await editor.GetAsync($"/visits/{visit}");
        await editor.SubmitAsync(page.Form("#correct-visit"), new() { ["fields[travelerId]"] = $"{soto}" });

        var shown = await _app.GetPageAsync($"/visits/{visit}");
        Assert.Equal("Luis Soto", shown.Document.QuerySelector("#visit-title a")!.TextContent);
    }

    [Fact]
    public async Task EditorCorrectsAnOfficialsTitlesFromTheirPage()
    {
        await IngestAsync();
        var soto = await _app.QueryAsync(db => db.Officials.Where(o => o.Name == "Luis Soto").Select(o => o.Id).SingleAsync());
        using var editor = await _app.SignedInAsync();

        var page = await editor.GetAsync($"/officials/{soto}");
        await editor.SubmitAsync(page.Form("#correct-official"), new() { ["fields[titles]"] = "Minister of Foreign Affairs; Senator" });

        var titles = await _app.QueryAsync(db => db.OfficialTitles.Where(t => t.OfficialId == soto).Select(t => t.Title).ToListAsync());
        Assert.Equal(["Minister of Foreign Affairs", "Senator"], titles.Order());
    }

    private async Task<int> IngestAsync()
    {
        await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("a.txt", System.Text.Encoding.UTF8.GetBytes(Talks), CancellationToken.None);
        return await _app.QueryAsync(db => db.Meetings.Select(m => m.Id).SingleAsync());
    }
}
