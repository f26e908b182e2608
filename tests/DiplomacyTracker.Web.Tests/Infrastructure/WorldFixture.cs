using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>The app over a database holding <see cref="TestWorld"/>, shared by the tests of one class.</summary>
public sealed class WorldFixture : IAsyncLifetime
{
    public TrackerAppFactory App { get; } = new();
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
