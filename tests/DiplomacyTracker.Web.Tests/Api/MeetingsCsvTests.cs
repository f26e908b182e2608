using System.Net;
using CsvHelper;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

/// <summary>The CSV is read back with CsvHelper's RFC 4180 reader, set to fail on malformed quoting.</summary>
public sealed class MeetingsCsvTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static readonly CsvReaderOptions Strict = new() { MalformedData = CsvMalformedDataHandling.Throw };

    private TestWorld World => fixture.World;

    [Fact]
    public async Task OneRowPerMeetingOldestFirstWithItsColumns()
    {
        var response = await fixture.App.GetAsync("/api/meetings.csv");
        var rows = Read(response.Body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/csv", response.MediaType);
        Assert.Equal("utf-8", response.ContentHeaders.ContentType!.CharSet);
        Assert.Equal("meetings.csv", response.ContentHeaders.ContentDisposition!.FileName);
        Assert.Equal(World.YellenHe.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[0]["id"]);
        Assert.Equal(3, rows.Count);

        var wang = rows.Single(r => r["id"] == World.BlinkenWang.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2024-04-26", wang["date"]);
        Assert.Equal("Antony Blinken", wang["traveller"]);
        Assert.Equal("Wang Yi", wang["counterparts"]);
        Assert.Equal("Beijing", wang["city"]);
        Assert.Equal("Diaoyutai State Guesthouse", wang["venue"]);
        Assert.Equal("held", wang["status"]);
        Assert.Equal("Fentanyl", wang["issues"]);
        Assert.Equal(
            new[] { $"http://localhost/articles/{World.Voa.Id}#excerpt-{World.WangMeetingVoa.Id}", $"http://localhost/articles/{World.Reuters.Id}#excerpt-{World.WangMeetingReuters.Id}" }.Order(),
            wang["sources"].Split("; ").Order());
    }

    [Fact]
    public async Task HonoursTheFilters()
    {
        var rows = Read((await fixture.App.GetAsync("/api/meetings.csv?status=planned&issue=trade")).Body);

        Assert.Equal(["He Lifeng"], rows.Select(r => r["counterparts"]).ToArray());
        Assert.Equal("planned", rows[0]["status"]);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a, b")]
    [InlineData("She said \"no\"")]
    [InlineData("two\r\nlines")]
    [InlineData("one\nline feed")]
    [InlineData(" padded ")]
    [InlineData("")]
    [InlineData("Ünïcödé; “quotes”")]
    public void AnyFieldReadsBackAsWritten(string value)
    {
        var text = new CsvText().Record(["first", "second", "third"]).Record(["x", value, "z"]).ToString();

        var rows = Read(text);

        Assert.Equal(value, Assert.Single(rows)["second"]);
        Assert.Equal("z", rows[0]["third"]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> Read(string text)
    {
        using var reader = CsvReader.FromText(text, Strict);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h), StringComparer.Ordinal));
        }

        return rows;
    }
}
