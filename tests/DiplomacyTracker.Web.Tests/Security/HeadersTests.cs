using System.Net;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DiplomacyTracker.Web.Tests.Security;

public sealed class HeadersTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=blinken")]
    [InlineData("/signin")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/visits/1")]
    [InlineData("/meetings/1")]
    [InlineData("/officials/1")]
    [InlineData("/issues/fentanyl")]
    [InlineData("/articles/1")]
    [InlineData("/search?q=blinken")]
    [InlineData("/ingestion")]
    [InlineData("/signin")]
    public async Task PagesNeedNoInlineScriptOrStyle(string url)
    {
        // What the policy would block: inline <script>, <style>, style="" and on* attributes.
        var page = await fixture.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var inline = page.Document.All
            .Where(e => e.LocalName is "script" or "style" || e.Attributes.Any(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal)))
            .Select(e => e.OuterHtml[..Math.Min(120, e.OuterHtml.Length)]);
        Assert.Empty(inline);
    }

    [Fact]
    public void PolicyConstantIsWhatIsSent() =>
        Assert.StartsWith("default-src 'self'; script-src 'self'", SecurityHeaders.ContentSecurityPolicy);

    [Fact]
    public async Task HttpsSwitchRedirectsAndSendsHsts()
    {
        using var app = new TrackerAppFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Tracker:Https", "true");
            b.UseSetting("https_port", "443");
            // A site deployed under its own name says so (the default answers localhost only).
            b.UseSetting("AllowedHosts", "tracker.example");
        });
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("http://tracker.example"),
        });

        using var plain = await client.GetAsync("/issues");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://tracker.example/issues", plain.Headers.Location!.ToString());

        using var secure = await client.GetAsync("https://tracker.example/issues");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=31536000", Header(secure, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task WithoutTheSwitchThereIsNoRedirectNorHsts()
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/issues");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";
}
