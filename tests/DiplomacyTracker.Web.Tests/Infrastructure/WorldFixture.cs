using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>The app over a database holding <see cref="TestWorld"/>, shared by the tests of one class.</summary>
public sealed class WorldFixture : IAsyncLifetime
{
    public WorldFixture() : this(new TrackerAppFactory())
    {
    }

    private WorldFixture(TrackerAppFactory app) => App = app;

    /// <summary>The world on <paramref name="engine"/>, searched without a rate limit.</summary>
    internal static WorldFixture ForSearching(StoreProvider engine) => new(new UnlimitedSearchAppFactory(engine));

    public TrackerAppFactory App { get; }
    public TestWorld World { get; } = new();

    public Task InitializeAsync() => App.SeedAsync(World.AddTo);

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public Task<HtmlPage> GetPageAsync(string url) => App.GetPageAsync(url);
}

/// <summary>The app over an empty database.</summary>
public sealed class EmptyFixture : IDisposable
{
    public TrackerAppFactory App { get; } = new();

    public void Dispose() => App.Dispose();
}

/// <summary>
/// A <see cref="WorldFixture"/> on each engine a test asks for (theory data <see cref="DiplomacyTracker.Tests.TestEngines.All"/>),
/// made on first use and shared by the tests of one class, with no search rate limit.
/// </summary>
public sealed class EngineWorlds : IAsyncLifetime
{
    private readonly Dictionary<StoreProvider, WorldFixture> _worlds = [];

    public async Task<WorldFixture> OnAsync(StoreProvider engine)
    {
        if (!_worlds.TryGetValue(engine, out var world))
        {
            world = WorldFixture.ForSearching(engine);
            await world.InitializeAsync();
            _worlds.Add(engine, world);
        }

        return world;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var world in _worlds.Values)
        {
            await world.DisposeAsync();
        }
    }
}
