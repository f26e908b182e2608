namespace DiplomacyTracker.Web.Api;

/// <summary>
/// A sentence a fact was read from: its article, where it sits in the article's text
/// (<c>text == article.text.Substring(start, length)</c>) and a link to it on the article page.
/// </summary>
internal sealed record SourceExcerpt(int Id, int ArticleId, string Text, int Start, int Length)
{
    public string Href => $"/articles/{ArticleId}#excerpt-{Id}";

    /// <summary>The outlet that published the article, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The address of the original story, when known.</summary>
    public string? OriginalUrl { get; init; }
}

/// <summary>An official named by another item.</summary>
internal sealed record OfficialRef(int Id, string Name, string? Country)
{
    public string Href => $"/api/officials/{Id}";
}

/// <summary>An issue raised on a visit or at a meeting, who raised it when the text says, and the sentence that says so.</summary>
internal sealed record IssueMentionItem(string Slug, string Name, OfficialRef? RaisedBy, SourceExcerpt Source);

/// <summary>One page of a list: its items, where it is, how many there are in all, and links to its neighbours.</summary>
internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, PageLinks Links);

/// <summary>Links to pages of the same list with the same filters; <c>prev</c> and <c>next</c> are null at the ends.</summary>
internal sealed record PageLinks(string Self, string First, string Last, string? Prev, string? Next);
