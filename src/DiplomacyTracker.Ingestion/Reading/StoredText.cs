using System.Text;

namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>
/// What may be stored of a document: text without control characters (a NUL cut the stored text short and left
/// excerpt offsets past its end), and a title, outlet and byline of bounded length (a 2 MB <c>og:title</c> made every
/// list page megabytes). Applied before extraction, so every offset points into the text that is stored.
/// </summary>
public static class StoredText
{
    public const int MaxTitleLength = 300;
    public const int MaxPublisherLength = 200;
    public const int MaxBylineLength = 200;

    /// <summary>The document as it may be stored.</summary>
    public static SourceDocument Of(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source with
        {
            Text = WithoutControlCharacters(source.Text),
            Title = Field(source.Title, MaxTitleLength),
            Publisher = Field(source.Publisher, MaxPublisherLength),
            Byline = Field(source.Byline, MaxBylineLength),
            OriginalUrl = WebAddress(source.OriginalUrl),
        };
    }

    public const int MaxUrlLength = 2000;

    /// <summary>An absolute http(s) address of bounded length, else null: the pages link to it.</summary>
    public static string? WebAddress(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength } && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !url.Any(char.IsControl)
            ? uri.AbsoluteUri : null;

    /// <summary>The text without control characters other than tab, line feed and carriage return.</summary>
    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsRemoved))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsRemoved(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>A one-line field: control characters and line breaks become spaces, cut at a word near <paramref name="maxLength"/>, with an ellipsis.</summary>
    public static string? Field(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        var line = new StringBuilder(Math.Min(value.Length, maxLength + 1));
        foreach (var c in value)
        {
            if (line.Length > maxLength)
            {
                break;
            }

            line.Append(char.IsControl(c) ? ' ' : c);
        }

        var text = line.ToString().Trim();
        if (value.Length <= maxLength && text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Min(text.Length, maxLength) - 1);
        var end = cut > maxLength / 2 ? cut : maxLength - 1;
        end -= end > 0 && char.IsHighSurrogate(text[end - 1]) ? 1 : 0;
        return text[..end].TrimEnd() + "…";
    }

    private static bool IsRemoved(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
