namespace DiplomacyTracker.Domain;

/// <summary>A government official: one person whatever form of the name an article uses.</summary>
public sealed class Official
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The normalised name used to recognise the same person across articles.</summary>
    public required string NameKey { get; set; }

    public string? Country { get; set; }

    /// <summary>An editor said this person is not a government official (a reporter, an analyst): kept, but not listed as one.</summary>
    public bool NotOfficial { get; set; }
    public List<string> Aliases { get; set; } = [];
    public List<OfficialTitle> Titles { get; set; } = [];
    public List<OfficialNameToken> NameTokens { get; set; } = [];
}

/// <summary>
/// One token of the folded forms of an official's names ("zelenski" for Zelensky and Zelenskyy), so that another
/// spelling of the same person in a later article finds them through an index instead of a scan.
/// </summary>
public sealed class OfficialNameToken
{
    public required string Token { get; set; }
    public int OfficialId { get; set; }
    public Official Official { get; set; } = null!;
}

/// <summary>A title an official held, as of the date an article said so (titles change).</summary>
public sealed class OfficialTitle
{
    public int Id { get; set; }
    public int OfficialId { get; set; }
    public Official Official { get; set; } = null!;
    public required string Title { get; set; }
    public DateOnly? AsOf { get; set; }
    public int? ExcerptId { get; set; }
    public Excerpt? Excerpt { get; set; }
}
