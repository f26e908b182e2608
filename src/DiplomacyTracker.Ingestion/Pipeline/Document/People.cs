using System.Collections.Immutable;

namespace DiplomacyTracker.Ingestion.Pipeline.Document;

/// <summary>A title an article gives a person, and the sentence that gives it.</summary>
internal sealed record PersonTitle(string Title, string Head, int Sentence);

/// <summary>
/// A person the article names. Only people with a government title are officials; the others (analysts, reporters,
/// business people) are kept so that "he said" after them is not pinned on an official.
/// </summary>
internal sealed record Person(
    int Id,
    string Key,
    string Name,
    bool IsOfficial,
    string? Country,
    bool CountryFromContext,
    ImmutableList<PersonTitle> Titles)
{
    public IEnumerable<string> NameWords => Key.Split(' ');

    /// <summary>Holds an office of a body of many states and no country's: no country is given them from context.</summary>
    public bool International { get; init; }
}

internal enum MentionKind
{
    FullName,
    PartName,
    Role,
}

/// <summary>
/// Where a person is named: the name itself, and the whole phrase with its title ("U.S. Secretary of State X",
/// "X, the governor of Y") so that lists of people can be read as lists.
/// </summary>
internal sealed record PersonMention(int Person, int Sentence, int NameStart, int NameEnd, int PhraseStart, int PhraseEnd, MentionKind Kind);
