using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion;

/// <summary>
/// Title, outlet and date a person gave with an article (the fields beside pasted text). Each one given wins over
/// what the reader found in the file and what the extraction infers.
/// </summary>
public sealed record StatedMetadata(string? Title = null, string? Publisher = null, DateOnly? Published = null, string? OriginalUrl = null)
{
    public static StatedMetadata None { get; } = new();

    public SourceDocument Over(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source with
        {
            Title = string.IsNullOrWhiteSpace(Title) ? source.Title : Title.Trim(),
            Publisher = string.IsNullOrWhiteSpace(Publisher) ? source.Publisher : Publisher.Trim(),
            OriginalUrl = string.IsNullOrWhiteSpace(OriginalUrl) ? source.OriginalUrl : OriginalUrl.Trim(),
            Published = Published is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : source.Published,
        };
    }
}
