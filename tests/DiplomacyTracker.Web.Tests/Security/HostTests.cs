using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>The Host a client sends neither reaches the site unchecked nor ends up in the links it hands out.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task ARequestForAnotherHostIsRefusedByDefault()
    {
        using var app = new TrackerAppFactory();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feed.atom")).StatusCode);
    }

    [Theory]
    [InlineData("/feed.atom")]
    [InlineData("/calendar.ics")]
    [InlineData("/api/meetings.csv")]
    public async Task LinksInFeedsUseTheConfiguredAddressWhateverTheHost(string url)
    {
        using var app = new SeedlessWorld(b =>
        {
            b.UseSetting("AllowedHosts", "*");
            b.UseSetting("Tracker:BaseUrl", "https://tracker.example.org/");
        });
        await app.SeedAsync(db => new TestWorld().AddTo(db));
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "evil.example";

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("https://tracker.example.org/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    private sealed class SeedlessWorld(Action<IWebHostBuilder> configure) : TrackerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            configure(builder);
        }
    }
}
