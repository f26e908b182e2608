using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>An extractor a test can swap mid-way, as when the real one improves between ingest and re-extraction.</summary>
internal sealed class SwitchableExtractor(IArticleExtractor current) : IArticleExtractor
{
    public IArticleExtractor Current { get; set; } = current;

    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default) =>
        Current.Extract(source, knownTrips, cancellationToken);
}

/// <summary>Finds nothing at all: every article reads as one without a visit.</summary>
internal sealed class BlindExtractor : IArticleExtractor
{
    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default) =>
        new("blind", null, null, false, ArticleFacts.Empty, []);
}

/// <summary>Throws for articles whose text contains <paramref name="trigger"/>, as a buggy stage would.</summary>
internal sealed class ThrowingExtractor(IArticleExtractor inner, string trigger) : IArticleExtractor
{
    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default) =>
        source.Text.Contains(trigger, StringComparison.Ordinal)
            ? throw new ArgumentOutOfRangeException(nameof(source), "stage bug")
            : inner.Extract(source, knownTrips, cancellationToken);
}
