namespace DiplomacyTracker.Ingestion.Pipeline.Document;

/// <summary>
/// The parts of an <see cref="ArticleDocument"/> a stage reads and assigns, so the pipeline can check its own order:
/// nothing is read before some earlier stage has assigned it.
/// </summary>
[Flags]
internal enum DocumentPart
{
    None = 0,

    /// <summary>The reader's document: source text and stated metadata. Given, never assigned.</summary>
    Source = 1 << 0,

    /// <summary>The analysed copy of the text.</summary>
    Text = 1 << 1,
    Tokens = 1 << 2,
    Sentences = 1 << 3,
    Datelines = 1 << 4,
    Published = 1 << 5,
    Dates = 1 << 6,

    /// <summary>People and where each is mentioned.</summary>
    People = 1 << 7,

    /// <summary>Places, dateline places, venues and the countries each sentence names.</summary>
    Places = 1 << 8,
    Issues = 1 << 9,
    Meetings = 1 << 10,
    Trip = 1 << 11,
    PastTrips = 1 << 12,
    Quotes = 1 << 13,
    Facts = 1 << 14,
}
