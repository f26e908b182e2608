using System.Globalization;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// The file name a download is saved under says what it holds: <c>meetings-issue-taiwan-from-2024-01-01.csv</c>, so
/// two exports of different filters do not both land as <c>meetings.csv</c>.
/// </summary>
internal static class DownloadName
{
    public static string For(string what, string extension, BrowseQuery query, string? words)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = query.Filter;
        var parts = new List<string> { what };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && CountryRef.SlugOf(value) is { Length: > 0 } slug)
            {
                parts.Add(name + "-" + (slug.Length <= 40 ? slug : slug[..40].TrimEnd('-')));
            }
        }

        Add("issue", f.Issue);
        Add("official", f.Official?.ToString(CultureInfo.InvariantCulture));
        Add("country", f.Country);
        Add("from", f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("status", f.Status switch { MeetingStatus.Held => "held", MeetingStatus.Planned => "planned", _ => null });
        Add("q", words);
        return string.Join('-', parts) + "." + extension;
    }
}
