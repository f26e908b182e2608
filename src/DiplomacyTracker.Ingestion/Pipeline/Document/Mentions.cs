namespace DiplomacyTracker.Ingestion.Pipeline.Document;

internal enum DateKind
{
    Day,
    Range,
    Month,
    Week,
}

/// <summary>A date the text mentions, resolved against the publication date: one day, a range, a month or a week.</summary>
/// <param name="Aside">the date stands in a relative clause (", who arrived on Monday,"): it dates that clause, not the sentence</param>
internal sealed record DateMention(int Start, int Length, int Sentence, DateOnly From, DateOnly To, DateKind Kind, bool Weekday = false, bool Aside = false)
{
    public bool IsDay => Kind == DateKind.Day;
}

internal enum PlaceKind
{
    City,
    Country,
}

/// <param name="Region">a state or province: a place visited when someone goes "to" or is "in" it, never where a meeting sat</param>
internal sealed record PlaceMention(int Start, int Length, int Sentence, string Name, string Country, PlaceKind Kind, bool Region = false);

internal sealed record VenueMention(int Start, int Length, int Sentence, string Name);

internal sealed record IssueMention(string Slug, int Start, int Length, int Sentence);

internal sealed record QuoteMention(int Person, int Sentence);
