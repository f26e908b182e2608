using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// A visit whose sources repeat themselves: one sentence reports two meetings, a wire story is reprinted word for
/// word, an issue comes up in four sentences. The page quotes each sentence once and folds long evidence.
/// </summary>
public sealed class ScannablePagesTests(ScannablePagesTests.Fixture fixture) : IClassFixture<ScannablePagesTests.Fixture>
{
    public const string Both = "Macron met Scholz and Meloni in Rome on Monday.";

    public sealed class Fixture : IAsyncLifetime
    {
        public TrackerAppFactory App { get; } = new();
        public Visit Trip { get; private set; } = null!;
        public Meeting WithScholz { get; private set; } = null!;
        public Meeting WithMeloni { get; private set; } = null!;
        public Official Meloni { get; private set; } = null!;

        public Task InitializeAsync() => App.SeedAsync(db =>
        {
            var macron = new Official { Name = "Emmanuel Macron", NameKey = "emmanuel macron", Country = "France" };
            var scholz = new Official { Name = "Olaf Scholz", NameKey = "olaf scholz", Country = "Germany" };
            Meloni = new Official { Name = "Giorgia Meloni", NameKey = "giorgia meloni", Country = "Italy" };
            var issue = new Issue { Slug = "migration", Name = "Migration" };
            var talk = string.Join(' ', Enumerable.Range(1, 4).Select(n => $"They discussed migration, point {n}."));
            var wire = Story("Wire", "AFP", Both + " " + talk);
            var reprint = Story("Reprint", "Le Monde", Both);
            Excerpt Cut(Article a, string s) => new() { Article = a, Start = a.Text.IndexOf(s, StringComparison.Ordinal), Length = s.Length, Text = s };
            var both = Cut(wire, Both);
            var bothAgain = Cut(reprint, Both);
            var points = Enumerable.Range(1, 4).Select(n => Cut(wire, $"They discussed migration, point {n}.")).ToList();
            Trip = new Visit { Traveler = macron, HostCountry = "Italy", Start = new DateOnly(2024, 3, 4), End = new DateOnly(2024, 3, 4) };
            Trip.Reports.Add(new VisitReport { Article = wire, Excerpts = [both] });
            Meeting Held(Official other) => new()
            {
                Visit = Trip, Date = Trip.Start, Status = MeetingStatus.Held, City = "Rome", Participants = [macron, other],
                Reports = [new MeetingReport { Excerpt = both, Date = Trip.Start, Status = MeetingStatus.Held }, new MeetingReport { Excerpt = bothAgain, Date = Trip.Start, Status = MeetingStatus.Held }],
            };
            WithScholz = Held(scholz);
            WithMeloni = Held(Meloni);
            Trip.Meetings.AddRange([WithScholz, WithMeloni]);
            db.AddRange(macron, scholz, Meloni, issue, wire, reprint, Trip);
            db.IssueMentions.AddRange(points.Select(p => new IssueMention { Issue = issue, Excerpt = p, Visit = Trip, Meeting = WithMeloni, RaisedBy = Meloni }));
        });

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }

        private static Article Story(string title, string outlet, string text) => new()
        {
            Title = title, Publisher = outlet, Published = new DateOnly(2024, 3, 5), SourcePath = outlet + ".txt", Text = text,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
        };
    }

    [Fact]
    public async Task EachDistinctSentenceIsQuotedOnceWithEveryOutletAndDate()
    {
        var page = await fixture.App.GetPageAsync($"/visits/{fixture.Trip.Id}");

        var quoted = page.Document.Texts("blockquote.excerpt-quote");
        Assert.Single(quoted, q => q.Contains(Both, StringComparison.Ordinal));
        Assert.Equal(quoted.Length, quoted.Distinct().Count());
        var first = page.Document.QuerySelector("figure.cited")!;
        Assert.Equal(["AFP, 5 Mar 2024", "Le Monde, 5 Mar 2024"], first.Texts(".excerpt-source a.outlet"));
        Assert.All(page.Document.QuerySelectorAll("figure.cited"), f => Assert.NotEmpty(f.QuerySelectorAll(".excerpt-source a.outlet")));
        var repeat = page.Document.QuerySelector($"#meeting-{fixture.WithMeloni.Id} .excerpt-repeat a.repeat-link")!;
        Assert.Equal("#" + first.Id, repeat.GetAttribute("href"));
    }

    [Fact]
    public async Task AnIssueIsOneChipWithItsCountAndLongEvidenceIsFolded()
    {
        var page = await fixture.App.GetPageAsync($"/visits/{fixture.Trip.Id}");
        var meeting = page.Document.QuerySelector($"#meeting-{fixture.WithMeloni.Id}")!;

        Assert.Equal(["Migration"], meeting.Texts("a.issue-tag"));
        Assert.Equal("4 sentences", meeting.QuerySelector(".mention-count")!.TextContent);
        var folded = meeting.QuerySelector(".issue-evidence details.more-evidence")!;
        Assert.Equal("2 more sentences", folded.QuerySelector("summary")!.TextContent);
        Assert.Equal(2, folded.QuerySelectorAll("figure.cited").Length);
    }

    [Fact]
    public async Task AnOfficialsPageShowsTheVisitsTheyReceivedAsHost()
    {
        var page = await fixture.App.GetPageAsync($"/officials/{fixture.Meloni.Id}");

        Assert.Equal([$"/visits/{fixture.Trip.Id}"], page.Document.Hrefs(".hosted .hosted-visit > a"));
        Assert.Contains("1 meeting with Giorgia Meloni", page.Document.QuerySelector(".hosted .meeting-count")!.TextContent, StringComparison.Ordinal);
    }
}
