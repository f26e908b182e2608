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

/// <summary>Names one more participant, with a title, at every meeting the inner extractor finds.</summary>
internal sealed class ExtraParticipant(IArticleExtractor inner, string name) : IArticleExtractor
{
    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default)
    {
        var result = inner.Extract(source, knownTrips, cancellationToken);
        var facts = result.Facts;
        if (facts.Meetings.Count == 0)
        {
            return result;
        }

        var key = name.ToLowerInvariant();
        var extra = new ExtractedOfficial(key, name, "France", [new ExtractedTitle("Envoy", facts.Meetings[0].Evidence, null)], []);
        return result with
        {
            Facts = facts with
            {
                Officials = [.. facts.Officials, extra],
                Meetings = [.. facts.Meetings.Select(m => m with { ParticipantKeys = [.. m.ParticipantKeys, key] })],
            },
        };
    }
}
