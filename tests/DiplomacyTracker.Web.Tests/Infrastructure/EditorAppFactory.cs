using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Tests.Store;
using DiplomacyTracker.Web.Editors;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// The app with one editor ("editor" / <see cref="Password"/>), a stand-in extractor the test can swap, small size
/// limits, and optionally an inbox folder.
/// </summary>
public sealed class EditorAppFactory(Action<IWebHostBuilder>? configure, DiplomacyTracker.Domain.StoreProvider engine = DiplomacyTracker.Domain.StoreProvider.Sqlite,
    DiplomacyTracker.Domain.TrackerStore? sharedStore = null) : TrackerAppFactory(ingestSeeds: false, engine: engine, sharedStore: sharedStore)
{
    public const string UserName = "editor";
    public const string Password = "correct horse battery staple";
    public const int MaxArticleBytes = 64 * 1024;
    public const int MaxUploadBytes = 256 * 1024;

    public EditorAppFactory() : this(null)
    {
    }

    public static IReadOnlyList<IssueDefinition> Taxonomy { get; } =
    [
        new("trade", "Trade and economic practices", "Trade", ["trade"]),
        new("climate", "Climate", "Climate", ["climate"]),
    ];

    internal SwitchableExtractor Extractor { get; } = new(new ScriptedExtractor());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Tracker:Editors:0:UserName", UserName);
        builder.UseSetting("Tracker:Editors:0:PasswordHash", EditorPasswords.Hash(Password));
        builder.UseSetting("Tracker:MaxArticleBytes", MaxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Tracker:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IArticleExtractor>(Extractor);
            services.AddSingleton<IReadOnlyList<IssueDefinition>>(Taxonomy);
        });
        configure?.Invoke(builder);
    }

    /// <summary>A browser-like session: keeps cookies, follows redirects.</summary>
    public Browser Browse() => new(CreateClient());

    /// <summary>A session already signed in as the editor.</summary>
    public async Task<Browser> SignedInAsync()
    {
        var browser = Browse();
        var page = await browser.GetAsync("/signin");
        var after = await browser.SubmitAsync(page.Form("#signin"), new() { ["UserName"] = UserName, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.OK, after.Status);
        return browser;
    }

    /// <summary>Waits for something the background services do, failing the test after <paramref name="seconds"/>.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}
