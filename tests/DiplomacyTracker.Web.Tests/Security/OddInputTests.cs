using System.Net;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>Input nobody sends on purpose, answered sensibly.</summary>
public sealed class OddInputTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Beijing", "Beijing")]
    public void CsvCellsThatWouldRunAsFormulasAreText(string value, string cell) => Assert.Equal(cell, CsvText.Field(value));

    [Fact]
    public async Task APageNumberPastTheEndShowsTheLastPage()
    {
        using var app = new TrackerAppFactory();
        await app.SeedAsync(db => db.Articles.AddRange(Enumerable.Range(0, 25).Select(i =>
            new Article { Title = $"Article {i}", SourcePath = $"a{i}.txt", Text = "Talks.", ContentHash = $"h{i}" })));

        var page = await app.GetPageAsync("/articles?page=2147483647");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("2", page.Document.QuerySelector(".pager .current")!.TextContent);
        Assert.Equal(5, page.Document.QuerySelectorAll(".article-row").Length);
    }
}
