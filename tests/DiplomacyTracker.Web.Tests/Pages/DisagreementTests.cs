using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Pages.Meetings;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// Two meetings reported by three outlets: the first with a different day, venue and length in each and one outlet
/// still calling it planned after the day; the second reported alike except for precision and a preview.
/// </summary>
public sealed class DisagreementTests(DisagreementTests.Fixture fixture) : IClassFixture<DisagreementTests.Fixture>
{
    private static readonly DateOnly Day = new(2024, 4, 26);

    public sealed class Fixture : IAsyncLifetime
    {
        public TrackerAppFactory App { get; } = new();
        public Meeting Disputed { get; private set; } = null!;
        public Meeting Agreed { get; private set; } = null!;

        public Task InitializeAsync() => App.SeedAsync(db =>
        {
            var blinken = new Official { Name = "Antony Blinken", NameKey = "antony blinken", Country = "United States" };
            var wang = new Official { Name = "Wang Yi", NameKey = "wang yi", Country = "China" };
            var voa = Story("VOA", Day, "Blinken met Wang at the Diaoyutai State Guesthouse for about 90 minutes on Friday.");
            var reuters = Story("Reuters", Day.AddDays(1), "Blinken held two hours of talks with Wang at the Great Hall of the People on Thursday.");
            var ap = Story("AP", Day.AddDays(2), "Blinken is to meet Wang, officials said.");
            var preview = Story("AFP", Day.AddDays(-3), "Blinken will meet Wang on Friday.");
            Excerpt All(Article a) => new() { Article = a, Start = 0, Length = a.Text.Length, Text = a.Text };
            MeetingReport Report(Article a, MeetingStatus status, DateOnly? date, string? venue, int? minutes, bool assumed = false) => new()
            {
                Excerpt = All(a), Status = status, Date = date, Venue = venue, City = "Beijing", DurationMinutes = minutes, DateAssumed = assumed,
            };

            Disputed = new Meeting
            {
                Date = Day, Status = MeetingStatus.Held, City = "Beijing", Venue = "Diaoyutai State Guesthouse", Participants = [blinken, wang],
                Reports =
                [
                    Report(voa, MeetingStatus.Held, Day, "Diaoyutai State Guesthouse", 90),
                    Report(reuters, MeetingStatus.Held, Day.AddDays(-1), "Great Hall of the People", 120),
                    Report(ap, MeetingStatus.Planned, Day.AddDays(2), null, null, assumed: true),
                ],
            };
            var voa2 = Story("VOA", Day.AddDays(30), "Blinken met Wang at the Great Hall of the People for 90 minutes.");
            var reuters2 = Story("Reuters", Day.AddDays(30), "Blinken and Wang met in the Great Hall for 95 minutes.");
            Agreed = new Meeting
            {
                Date = Day.AddDays(30), Status = MeetingStatus.Held, City = "Beijing", Participants = [blinken, wang],
                Reports =
                [
                    Report(preview, MeetingStatus.Planned, Day.AddDays(30), null, null),
                    Report(voa2, MeetingStatus.Held, Day.AddDays(30), "the Great Hall of the People", 90),
                    Report(reuters2, MeetingStatus.Held, Day.AddDays(30), "Great Hall", 95),
                ],
            };
            db.AddRange(blinken, wang, Disputed, Agreed);
        });

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }

        private static Article Story(string outlet, DateOnly published, string text) => new()
        {
            Title = outlet + " story", Publisher = outlet, Published = published, SourcePath = $"{outlet}-{published:yyyyMMdd}.txt", Text = text,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(outlet + text))),
        };
    }

    [Fact]
    public async Task AMeetingPageFlagsTheFieldsItsSourcesDisagreeOnAndSaysWhoSaysWhat()
    {
        var page = await fixture.App.GetPageAsync($"/meetings/{fixture.Disputed.Id}");

        Assert.Contains("date, venue, status and duration", page.Document.QuerySelector(".disagreement-flag")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".meta .date.disputed"));
        Assert.NotNull(page.Document.QuerySelector(".meta .venue.disputed"));
        Assert.Null(page.Document.QuerySelector(".meta .city.disputed"));
        Assert.Equal(["date", "venue", "status", "duration"], page.Document.Texts("#disagreements dt"));
        var venue = page.Document.QuerySelectorAll("#disagreements dd")[1];
        Assert.Equal(["Diaoyutai State Guesthouse according to VOA, 26 Apr 2024", "Great Hall of the People according to Reuters, 27 Apr 2024"], venue.Texts(".claim"));
        var status = page.Document.QuerySelectorAll("#disagreements dd")[2];
        Assert.Equal(["held according to VOA, 26 Apr 2024; Reuters, 27 Apr 2024", "only planned according to AP, 28 Apr 2024"], status.Texts(".claim"));
        Assert.Equal(["90 minutes according to VOA, 26 Apr 2024", "2 hours according to Reuters, 27 Apr 2024"],
            page.Document.QuerySelectorAll("#disagreements dd")[3].Texts(".claim"));
    }

    [Fact]
    public async Task PrecisionAPreviewAndNearDurationsAreNoDisagreement()
    {
        var page = await fixture.App.GetPageAsync($"/meetings/{fixture.Agreed.Id}");

        Assert.Null(page.Document.QuerySelector(".disagreement-flag"));
        Assert.Null(page.Document.QuerySelector("#disagreements"));

    }

    [Fact]
    public async Task DisagreementsListsOnlyMeetingsWhoseSourcesDisagree()
    {
        var page = await fixture.App.GetPageAsync("/disagreements");

        Assert.Equal([$"/meetings/{fixture.Disputed.Id}"], page.Document.Hrefs(".disagreement-entry h2 a"));
        Assert.Equal(["date", "venue", "status", "duration"], page.Document.Texts(".disagreement-entry dt"));
    }

    [Fact]
    public void AReportWithAGuessedDayMakesNoClaimAboutTheDay()
    {
        ReportSaid Said(DateOnly date, bool assumed, int article) => new(MeetingStatus.Held, date, assumed, null, null, null, article, article, "X", date);

        Assert.Empty(SourceDisagreements.Among([Said(Day, false, 1), Said(Day.AddDays(1), true, 2)], Day));
        Assert.Equal("date", Assert.Single(SourceDisagreements.Among([Said(Day, false, 1), Said(Day.AddDays(1), false, 2)], Day)).Field);
    }
}
