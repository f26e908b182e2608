using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TrackerAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ExportWritesTheDocumentedFormat()
    {
        const string text = "Leaders met. The minister met her counterpart in Lima on trade.";
        await _app.SeedAsync(db =>
        {
            var article = new Article { Title = "Talks", Publisher = "Wire", Published = new DateOnly(2025, 5, 2), SourcePath = "in/a.txt", Text = text, ContentHash = "h" };
            var excerpt = new Excerpt { Article = article, Start = 13, Length = 50, Text = text.Substring(13, 50) };
            var traveler = new Official { Name = "Ana Lopes", NameKey = "ana lopes", Country = "Brazil" };
            traveler.Titles.Add(new OfficialTitle { Title = "Foreign Minister", AsOf = new DateOnly(2025, 5, 2), Excerpt = excerpt });
            var host = new Official { Name = "Rosa Quispe", NameKey = "rosa quispe", Country = "Peru" };
            var visit = new Visit { Traveler = traveler, HostCountry = "Peru", Cities = ["Lima"], Start = new DateOnly(2025, 5, 1), End = new DateOnly(2025, 5, 2) };
            visit.Reports.Add(new VisitReport { Article = article, Start = visit.Start, End = visit.End, Cities = ["Lima"], Excerpts = [excerpt] });
            var meeting = new Meeting { Visit = visit, Date = new DateOnly(2025, 5, 2), City = "Lima", Status = MeetingStatus.Held, Participants = [traveler, host] };
            meeting.Reports.Add(new MeetingReport { Excerpt = excerpt, Date = meeting.Date, Status = MeetingStatus.Held, Participants = [traveler, host] });
            var trade = new Issue { Slug = "trade", Name = "Trade" };
            db.AddRange(article, visit, meeting, trade);
            db.IssueMentions.Add(new IssueMention { Issue = trade, Excerpt = excerpt, Visit = visit, Meeting = meeting });
        });
        var file = Path.Combine(Path.GetTempPath(), $"dt-export-{Guid.NewGuid():N}.json");

        var code = await ExportCommand.RunAsync(_app.Services, file, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        File.Delete(file);
        var root = json.RootElement;
        var article = Assert.Single(root.GetProperty("articles").EnumerateArray());
        Assert.Equal(("Talks", "Wire", "2025-05-02", "in/a.txt", text),
            (article.Str("title"), article.Str("publisher"), article.Str("published"), article.Str("source"), article.Str("text")));

        var officials = root.GetProperty("officials").EnumerateArray().ToDictionary(o => o.Str("name")!, o => o);
        Assert.Equal("Brazil", officials["Ana Lopes"].Str("country"));
        Assert.Equal(["Foreign Minister"], officials["Ana Lopes"].GetProperty("titles").EnumerateArray().Select(t => t.GetString()));

        var visit = Assert.Single(root.GetProperty("visits").EnumerateArray());
        Assert.Equal(officials["Ana Lopes"].GetProperty("id").GetInt32(), visit.GetProperty("traveler").GetInt32());
        Assert.Equal(("Peru", "2025-05-01", "2025-05-02"), (visit.Str("hostCountry"), visit.Str("start"), visit.Str("end")));
        Assert.Equal(["Lima"], visit.GetProperty("cities").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([article.GetProperty("id").GetInt32()], visit.GetProperty("articles").EnumerateArray().Select(a => a.GetInt32()));

        var meeting = Assert.Single(root.GetProperty("meetings").EnumerateArray());
        Assert.Equal(visit.GetProperty("id").GetInt32(), meeting.GetProperty("visit").GetInt32());
        Assert.Equal(("2025-05-02", "held", "Lima"), (meeting.Str("date"), meeting.Str("status"), meeting.Str("city")));
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("venue").ValueKind);
        Assert.Equal(2, meeting.GetProperty("participants").GetArrayLength());
        var excerpt = Assert.Single(meeting.GetProperty("excerpts").EnumerateArray());
        Assert.Equal(text.Substring(13, 50), excerpt.Str("text"));
        Assert.Equal(article.GetProperty("id").GetInt32(), excerpt.GetProperty("article").GetInt32());

        var issue = Assert.Single(root.GetProperty("issues").EnumerateArray());
        Assert.Equal(("trade", "Trade"), (issue.Str("slug"), issue.Str("name")));
        Assert.Single(issue.GetProperty("excerpts").EnumerateArray());
        Assert.Equal([issue.GetProperty("id").GetInt32()], meeting.GetProperty("issues").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal([issue.GetProperty("id").GetInt32()], visit.GetProperty("issues").EnumerateArray().Select(i => i.GetInt32()));
    }
}

internal static class JsonElementExtensions
{
    public static string? Str(this JsonElement element, string name) => element.GetProperty(name).GetString();
}
