using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>Reads the facts out of one article. Pure: no I/O, no database; safe to call from several threads.</summary>
public interface IArticleExtractor
{
    ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default);
}

/// <summary>The pipeline's answer for one article: its resolved metadata, its facts and what it could not find.</summary>
public sealed record ExtractionResult(
    string Title,
    string? Publisher,
    DateOnly? Published,
    bool PublishedInferred,
    ArticleFacts Facts,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The original story's address the text itself gives (a <c>URL:</c> or <c>Source:</c> line), if any.</summary>
    public string? OriginalUrl { get; init; }
}

/// <summary>
/// What the store already knows about trips, so an undated article can take its dates from other articles about
/// the same trip (same traveller, same host country).
/// </summary>
public interface IKnownTrips
{
    /// <summary>The known date ranges of trips by this traveller (official key) to this country, newest first.</summary>
    IReadOnlyList<(DateOnly Start, DateOnly End)> Find(string travelerKey, string hostCountry);

    public static IKnownTrips None { get; } = new NoKnownTrips();

    private sealed class NoKnownTrips : IKnownTrips
    {
        public IReadOnlyList<(DateOnly Start, DateOnly End)> Find(string travelerKey, string hostCountry) => [];
    }
}
