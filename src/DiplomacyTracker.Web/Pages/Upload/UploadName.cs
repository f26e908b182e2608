using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Web.Pages.Upload;

/// <summary>
/// The name an uploaded file is stored under (<c>upload/NAME</c>), from whatever name the browser sent: only the last
/// path segment (either slash), without control, format (bidi overrides, zero-width) or NUL characters, without
/// leading dots or spaces (so never <c>..</c> or a hidden name), at most 100 characters with its extension kept.
/// Nothing is written to disk under this name; it is what the log and the article page show.
/// </summary>
internal static class UploadName
{
    private const int MaxLength = 100;

    public static string Of(string? sent)
    {
        var raw = sent ?? "";
        var last = raw.LastIndexOfAny(['/', '\\']);
        var name = new StringBuilder();
        // Runes: a lone surrogate half comes out as the replacement character and is dropped with the rest.
        foreach (var rune in raw[(last + 1)..].EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned || rune == Rune.ReplacementChar || rune.Value == ':')
            {
                continue;
            }

            name.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        var result = name.ToString().Trim().TrimStart('.', ' ');
        while (result.Contains("..", StringComparison.Ordinal))
        {
            result = result.Replace("..", ".", StringComparison.Ordinal);
        }

        if (result.Length > MaxLength)
        {
            var extension = Path.GetExtension(result);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            var cut = MaxLength - extension.Length;
            cut -= char.IsHighSurrogate(result[cut - 1]) ? 1 : 0;
            result = result[..cut].TrimEnd('.', ' ') + extension;
        }

        return result.TrimEnd(' ').Length == 0 ? "unnamed.txt" : result.TrimEnd(' ');
    }
}
