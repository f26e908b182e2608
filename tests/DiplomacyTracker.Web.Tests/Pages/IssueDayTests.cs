using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Corrections;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Api;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The day an issue came up is one rule: the issue page, the API and the export give the same day.</summary>
public sealed class IssueDayTests : IDisposable
{
    private const string Text = """
        Berg in Chile

        Anna Berg visited Chile.
        Anna Berg met Luis Soto on 28 April, and they talked about trade.
        On the trip there was talk of climate.
        """;

    private static readonly DateOnly Published = new(2024, 5, 1);
    private static readonly DateOnly TalksDay = new(2024, 4, 28);

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ThePageTheApiAndTheExportGiveOneDayForEachMention()
    {
        _app.Extractor.Current = new UndatedTripWithDatedTalks();
        await _app.Services.GetRequiredService<ArticleIngestor>().IngestAsync("berg.txt", System.Text.Encoding.UTF8.GetBytes(Text), CancellationToken.None);

        // At the talks, their day; on the trip, which gives none, the article's.
        Assert.Equal(TalksDay, Assert.Single(await DaysAsync("trade")));
        Assert.Equal(Published, Assert.Single(await DaysAsync("climate")));

        // An editor dates the trip: its issue came up on its first day, everywhere.
        var visit = await _app.QueryAsync(db => db.Visits.Select(v => v.Id).SingleAsync());
        await _app.Services.GetRequiredService<FactCorrections>().EditAsync(FactKind.Visit, visit,
            new Dictionary<string, string?> { ["start"] = "2024-04-27", ["end"] = "2024-04-29" }, new CorrectionAuthor("editor"), CancellationToken.None);

        Assert.Equal(new DateOnly(2024, 4, 27), Assert.Single(await DaysAsync("climate")));
        Assert.Equal(TalksDay, Assert.Single(await DaysAsync("trade")));
    }

    /// <summary>The issue's one mention's day, as the page, the API and the export each give it; asserts they agree.</summary>
    private async Task<List<DateOnly>> DaysAsync(string slug)
    {
        var page = await _app.GetPageAsync($"/issues/{slug}");
        var onPage = page.Document.QuerySelectorAll("li.occasion .date").Select(d => d.TextContent.Trim()).ToList();
        var inApi = (await _app.GetAsync($"/api/issues/{slug}")).Json.GetProperty("mentions").EnumerateArray()
            .Select(m => DateOnly.Parse(m.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var export = await _app.QueryAsync(db => ExportCommand.BuildAsync(db, CancellationToken.None));
        var inExport = export.Issues.Single(i => i.Slug == slug).Excerpts
            .Select(e => DateOnly.Parse(e.Day!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(inApi, inExport);
        Assert.Equal(inApi.Select(d => Format.Day(d)), onPage);
        return inApi;
    }

    /// <summary>Reads <see cref="Text"/> as a trip with no dates, talks on a day of their own, and an issue at each.</summary>
    private sealed class UndatedTripWithDatedTalks : IArticleExtractor
    {
        public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default)
        {
            var text = source.Text;
            TextSpan Sentence(string start)
            {
                var at = text.IndexOf(start, StringComparison.Ordinal);
                return new TextSpan(at, text.IndexOf('.', at) + 1 - at);
            }

            var (trip, talks, climate) = (Sentence("Anna Berg visited"), Sentence("Anna Berg met"), Sentence("On the trip"));
            ExtractedOfficial Official(string name, string country, TextSpan span) =>
                new(name.ToLowerInvariant(), name, country, [new ExtractedTitle("Minister", span, Published)], []);
            var facts = new ArticleFacts(
                [Official("Anna Berg", "Sweden", trip), Official("Luis Soto", "Chile", talks)],
                [new ExtractedVisit("anna berg", "Chile", [], null, null, [trip])],
                [new ExtractedMeeting(0, TalksDay, ExtractedMeetingStatus.Held, null, null, null, ["anna berg", "luis soto"], talks)],
                [new ExtractedIssue("trade", talks, 0, 0, "anna berg"), new ExtractedIssue("climate", climate, 0, null, null)],
                []);
            return new ExtractionResult("Berg in Chile", null, Published, false, facts, []);
        }
    }
}
