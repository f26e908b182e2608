using System.Net;
using System.Text;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Ical.Net;

namespace DiplomacyTracker.Web.Tests.Api;

/// <summary>The calendar is read back with Ical.Net.</summary>
public sealed class CalendarFeedTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task AVisitIsAnAllDaySpanAndEachMeetingAnEventOnItsDay()
    {
        var response = await fixture.App.GetAsync("/calendar.ics");
        var calendar = Calendar.Load(response.Body)!;
        var events = calendar.Events.ToDictionary(e => e.Uid!);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/calendar", response.MediaType);
        Assert.Equal(5, events.Count);
        Assert.Equal(
            new[] { $"visit-{World.BlinkenInChina.Id}", $"visit-{World.YellenInChina.Id}", $"meeting-{World.BlinkenWang.Id}", $"meeting-{World.BlinkenXi.Id}", $"meeting-{World.YellenHe.Id}" }
                .Select(u => u + "@diplomacytracker").Order(StringComparer.Ordinal),
            events.Keys.Order(StringComparer.Ordinal));

        var visit = events[$"visit-{World.BlinkenInChina.Id}@diplomacytracker"];
        Assert.True(visit.IsAllDay);
        Assert.Equal(new DateOnly(2024, 4, 24), visit.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 4, 27), visit.DtEnd!.Date);
        Assert.Equal("Antony Blinken in China", visit.Summary);
        Assert.Equal("Shanghai, Beijing, China", visit.Location);
        Assert.Contains($"http://localhost/visits/{World.BlinkenInChina.Id}", visit.Description, StringComparison.Ordinal);
        Assert.NotNull(visit.DtStamp);

        var meeting = events[$"meeting-{World.BlinkenWang.Id}@diplomacytracker"];
        Assert.True(meeting.IsAllDay);
        Assert.Equal(new DateOnly(2024, 4, 26), meeting.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 4, 27), meeting.DtEnd!.Date);
        Assert.Equal("Antony Blinken meets Wang Yi", meeting.Summary);
        Assert.Equal("Diaoyutai State Guesthouse, Beijing, China", meeting.Location);
        Assert.Contains($"http://localhost/articles/{World.Voa.Id}#excerpt-{World.WangMeetingVoa.Id}", meeting.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HonoursTheFilters()
    {
        var calendar = Calendar.Load((await fixture.App.GetAsync($"/calendar.ics?official={World.Yellen.Id}")).Body)!;

        Assert.Equal(
            new[] { $"meeting-{World.YellenHe.Id}@diplomacytracker", $"visit-{World.YellenInChina.Id}@diplomacytracker" },
            calendar.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
        Assert.Contains("(planned)", calendar.Events.Single(e => e.Uid!.StartsWith("meeting", StringComparison.Ordinal)).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinesEndWithCrLfAndFoldWithinSeventyFiveOctets()
    {
        var body = (await fixture.App.GetAsync("/calendar.ics")).Body;

        Assert.EndsWith("END:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", body.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(body.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains("\r\n ", body, StringComparison.Ordinal);
    }

    [Fact]
    public void TextEscapesCommasSemicolonsBackslashesAndLineBreaks() =>
        Assert.Equal(@"a\,b\;c\\d\ne\nf", ICalendarWriter.Escape("a,b;c\\d\ne\r\nf"));

    [Theory]
    [InlineData("Talks, at last; a \\ backslash")]
    [InlineData("Line one\nline two\r\nline three")]
    [InlineData("Ünïcödé — 北京 and 🇨🇳 folded across a long line that goes well beyond seventy-five octets of UTF-8 text")]
    public void TextIsEscapedAndFoldedSoAParserReadsItBack(string text)
    {
        var ics = new ICalendarWriter()
            .Line("BEGIN", "VCALENDAR").Line("VERSION", "2.0").Line("PRODID", "-//test//EN")
            .Line("BEGIN", "VEVENT").Line("UID", "x@test").Utc("DTSTAMP", DateTimeOffset.UnixEpoch).Date("DTSTART", new DateOnly(2024, 1, 1))
            .Text("SUMMARY", text).Text("DESCRIPTION", text)
            .Line("END", "VEVENT").Line("END", "VCALENDAR").ToString();

        var parsed = Assert.Single(Calendar.Load(ics)!.Events);

        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal), parsed.Summary);
        Assert.Equal(parsed.Summary, parsed.Description);
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
    }
}
