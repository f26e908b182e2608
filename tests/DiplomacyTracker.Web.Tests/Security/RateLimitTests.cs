using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacyTracker.Web.Tests.Security;

public sealed class RateLimitTests : IDisposable
{
    private readonly EditorAppFactory _app = new(b =>
    {
        b.UseSetting("Tracker:RateLimits:Search", "3");
        b.UseSetting("Tracker:RateLimits:SignIn", "2");
        b.UseSetting("Tracker:RateLimits:Upload", "1");
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SearchesOverTheLimitGet429WithRetryAfterAndAShortPage()
    {
        using var client = _app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=talks{i}")).StatusCode);
        }

        using var refused = await client.GetAsync("/search?q=more");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var page = await _app.GetPageAsync("/search?q=again");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal("Too many requests", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Try again in", page.Document.QuerySelector(".status-message")!.TextContent);

        // Browsing is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/issues")).StatusCode);
    }

    [Theory]
    [InlineData("/api/articles?q=")]
    [InlineData("/?q=")]
    [InlineData("/api/visits?q=")]
    public async Task EverySearchCountsAgainstTheSearchLimitWhereverItRuns(string search)
    {
        using var client = _app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{search}talks{i}")).StatusCode);
        }

        using var refused = await client.GetAsync($"{search}more");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(search.Split('?')[0])).StatusCode);
    }

    [Fact]
    public async Task SignInAttemptsOverTheLimitAreRefusedBeforeThePasswordIsChecked()
    {
        using var browser = _app.Browse();
        for (var i = 0; i < 2; i++)
        {
            var page = await browser.GetAsync("/signin");
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SubmitAsync(page.Form("#signin"), new() { ["UserName"] = "x", ["Password"] = "y" })).Status);
        }

        var form = (await browser.GetAsync("/signin")).Form("#signin");
        var refused = await browser.SubmitAsync(form, new() { ["UserName"] = EditorAppFactory.UserName, ["Password"] = EditorAppFactory.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Too many requests", refused.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task UploadsOverTheLimitAreRefused()
    {
        using var browser = await _app.SignedInAsync();
        var first = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#paste"), new() { ["Paste.Text"] = "One." });
        Assert.Equal(HttpStatusCode.OK, first.Status);

        var second = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#paste"), new() { ["Paste.Text"] = "Two." });

        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
    }
}
