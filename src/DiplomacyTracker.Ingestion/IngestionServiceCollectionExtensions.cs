using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiplomacyTracker.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The store (SQLite at <paramref name="connectionString"/>) and the ingestion service.</summary>
    public static IServiceCollection AddTrackerStore(this IServiceCollection services, string connectionString, ArticleReaderOptions? readerOptions = null) =>
        services.AddTrackerStore(new TrackerStore(StoreProvider.Sqlite, connectionString), readerOptions);

    /// <summary>The store on its engine and the ingestion service.</summary>
    public static IServiceCollection AddTrackerStore(this IServiceCollection services, TrackerStore store, ArticleReaderOptions? readerOptions = null)
    {
        services.AddSingleton(store);
        services.AddSingleton(new ArticleReaders(readerOptions ?? new ArticleReaderOptions()));
        services.AddDbContextFactory<TrackerDbContext>(o => TrackerDatabase.UseTracker(o, store));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContext());
        services.TryAddSingleton(_ => Lexicon.LoadDefault());
        services.TryAddSingleton<IArticleExtractor>(sp => new ExtractionPipeline(sp.GetRequiredService<Lexicon>()));
        services.TryAddSingleton<IReadOnlyList<IssueDefinition>>(sp => sp.GetRequiredService<Lexicon>().Issues);
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ArticleReextractor>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Corrections.FactCorrections>();
        return services;
    }
}
