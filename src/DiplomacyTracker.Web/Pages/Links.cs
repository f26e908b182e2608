namespace DiplomacyTracker.Web.Pages;

/// <summary>A link to the sentence a fact was read from: the article page, anchored at the excerpt.</summary>
public sealed record SourceLink(int ArticleId, int ExcerptId, string Text)
{
    public string Href => $"/articles/{ArticleId}#excerpt-{ExcerptId}";

    /// <summary>The outlet that published the article, when known; the page shows it beside the sentence.</summary>
    public string? Outlet { get; init; }

    /// <summary>The address of the original story, when known.</summary>
    public string? OriginalUrl { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>"VOA, 26 Apr 2024".</summary>
    public string Cite => $"{Outlet ?? "Unknown outlet"}, {Format.Day(Published)}";

    /// <summary>The sentence in quotation marks, unless it already opens with its own.</summary>
    public string Quoted => Text.Length > 0 && Text[0] is '"' or '“' or '\'' or '‘' ? Text : $"“{Text}”";
}

/// <summary>An official as a link to their page.</summary>
public sealed record Person(int Id, string Name)
{
    public string Href => $"/officials/{Id}";
}

/// <summary>An issue as a link to its page.</summary>
public sealed record IssueTag(string Slug, string Name)
{
    public string Href => $"/issues/{Slug}";
}

/// <summary>A country as a link to its page; a pair of countries as a link to their relationship.</summary>
public static class CountryLink
{
    public static string Href(string country) => "/countries/" + Browsing.CountryRef.SlugOf(country);

    public static string Between(string a, string b) => $"/countries/{Browsing.CountryRef.SlugOf(a)}/{Browsing.CountryRef.SlugOf(b)}";
}
