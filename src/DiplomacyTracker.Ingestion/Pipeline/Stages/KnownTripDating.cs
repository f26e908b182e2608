using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// For an article that gives no date of its own: borrows the dates of the same trip (same traveller, same host
/// country) from what the store already knows, and takes the trip's last day as the (inferred) publication date.
/// </summary>
internal sealed class KnownTripDating : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Source | DocumentPart.People | DocumentPart.Published | DocumentPart.Trip;

    public DocumentPart Assigns => DocumentPart.Published | DocumentPart.Trip;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Trip is not { } trip || (document.Published is not null && trip.Start is not null))
        {
            return document;
        }

        var traveler = document.People[trip.Traveler];
        var known = document.KnownTrips.Find(traveler.Key, trip.HostCountry);
        if (known.Count == 0)
        {
            return document;
        }

        var (start, end) = document.Published is { } published
            ? known.FirstOrDefault(k => k.Start.AddDays(-3) <= published && published <= k.End.AddDays(3), known[0])
            : known[0];
        if (document.Published is null)
        {
            return document with
            {
                Published = end,
                PublishedInferred = true,
                PublishedIsEventDay = true,
                Warnings = document.Warnings.Add($"publication date inferred from a known trip of {traveler.Name} to {trip.HostCountry} ({start:yyyy-MM-dd}..{end:yyyy-MM-dd})"),
            };
        }

        return document with { Trip = trip with { Start = start, End = end } };
    }
}
