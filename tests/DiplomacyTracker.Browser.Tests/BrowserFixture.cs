using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiplomacyTracker.Browser.Tests;

/// <summary>
/// The real app on Kestrel at a free loopback port, over a database holding <see cref="TestWorld"/>, and the
/// machine's Chromium driven headless by Playwright. The app runs in this process (WebApplicationFactory with
/// Kestrel) so the test world is inserted with the same helper the web tests use, and the browser speaks real HTTP.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long a step may wait for the page (a wait, not a budget: nothing is timed).</summary>
    public const int WaitMilliseconds = 180_000;

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "dt-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public KestrelAppFactory App { get; } = new();
    public TestWorld World { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public IBrowserContext Browser { get; private set; } = null!;

    /// <summary>Screenshots land here: TestResults/screenshots beside this project (ignored by git).</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } folder
        ? folder
        : Path.Combine(TrackerAppFactory.RepositoryRoot, "tests", "DiplomacyTracker.Browser.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Install it with: apt-get update && apt-get install -y chromium chromium-driver " +
                "(the browser tests never download a browser of their own).");
        }

        await App.SeedAsync(World.AddTo);
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        // Waits, not budgets: on a busy two-core machine a page with its first JIT can take well over 15 s, and while
        // the other test projects run beside these (dotnet test runs projects in parallel) a navigation took over 60 s.
        Browser.SetDefaultTimeout(WaitMilliseconds);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        App.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile left in /tmp is harmless.
        }
    }

    /// <summary>A new tab, closed when disposed.</summary>
    public async Task<Tab> OpenAsync(string path, int width = 1280, int height = 800)
    {
        var page = await Browser.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(path);
        return new Tab(page);
    }

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
}

/// <summary>A browser tab that closes itself.</summary>
public sealed class Tab(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}

/// <summary>The app served by Kestrel on 127.0.0.1 at a port the system picks.</summary>
public sealed class KestrelAppFactory : TrackerAppFactory
{
    public KestrelAppFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
}
