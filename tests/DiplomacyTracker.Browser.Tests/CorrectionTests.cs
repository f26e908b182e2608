using System.Net;
using DiplomacyTracker.Web.Editors;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiplomacyTracker.Browser.Tests;

/// <summary>An editor's path in a real browser: sign in, correct a meeting on its page, see it said, find it in the log, undo it.</summary>
public sealed class CorrectionTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";

    private readonly EditorKestrelAppFactory _app = new(Password);
    private readonly TestWorld _world = new();
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "dt-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowserContext _browser = null!;

    public async Task InitializeAsync()
    {
        await _app.SeedAsync(_world.AddTo);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
            BaseURL = address,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _browser.SetDefaultTimeout(BrowserFixture.WaitMilliseconds); // a wait, not a budget (BrowserFixture)
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright?.Dispose();
        _app.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile left in /tmp is harmless.
        }
    }

    [Fact]
    public async Task EditorCorrectsAMeetingsVenueSeesItCreditedAndUndoesIt()
    {
        var page = await _browser.NewPageAsync();
        var meeting = $"/meetings/{_world.BlinkenXi.Id}";
        await page.GotoAsync($"/signin?ReturnUrl={Uri.EscapeDataString(meeting)}");
        await page.FillAsync("#UserName", EditorKestrelAppFactory.UserName);
        await page.FillAsync("#Password", Password);
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**{meeting}");

        await page.FillAsync("#fields-venue", "Zhongnanhai");
        await page.FillAsync("#edit-reason", "the readout names Zhongnanhai");
        await page.Locator("#correct-meeting button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**{meeting}");

        Assert.Contains("Zhongnanhai", await page.Locator(".meta .venue").InnerTextAsync());
        Assert.StartsWith($"Corrected by {EditorKestrelAppFactory.UserName}", (await page.Locator(".corrected-by").InnerTextAsync()).Trim());
        Assert.Contains("venue: Great Hall of the People → Zhongnanhai", await page.Locator(".correction .summary").InnerTextAsync());
        await page.Locator("#correct-title").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "correction");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TrackerAppFactory.RepositoryRoot, "docs", "correction.png"), FullPage = true });

        await page.GotoAsync("/corrections");
        Assert.Contains("the readout names Zhongnanhai", await page.Locator(".correction .reason").InnerTextAsync());
        await page.Locator(".correction form.undo button").ClickAsync();
        await page.WaitForURLAsync("**/corrections");
        Assert.Contains("undone by", await page.Locator(".correction .undone").InnerTextAsync());

        await page.GotoAsync(meeting);
        Assert.Contains("Great Hall of the People", await page.Locator(".meta .venue").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".corrected-by").CountAsync());
    }

    /// <summary>The app on Kestrel at a free loopback port with one editor.</summary>
    private sealed class EditorKestrelAppFactory : TrackerAppFactory
    {
        public const string UserName = "ana";
        private readonly string _password;

        public EditorKestrelAppFactory(string password)
        {
            _password = password;
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tracker:Editors:0:UserName", UserName);
            builder.UseSetting("Tracker:Editors:0:PasswordHash", EditorPasswords.Hash(_password));
        }
    }
}
