using System.Text;

namespace DiplomacyTracker.Web.Pages.Upload;

/// <summary>A short file-name-safe form of a title: "Minister in Lima!" → "minister-in-lima".</summary>
internal static class Slug
{
    private const int MaxLength = 40;

    public static string Of(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (slug.Length >= MaxLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || char.IsPunctuation(c)) && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "text" : result;
    }
}
