using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>
/// Stands in for the real pipeline in store tests, so they test merging and provenance rather than reading.
/// It understands one line shape: "DATE: TRAVELER (COUNTRY) in HOST meets|will meet COUNTERPART (COUNTRY) on DAY about ISSUE."
/// </summary>
internal sealed partial class ScriptedExtractor : IArticleExtractor
{
    public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default)
    {
        var officials = new Dictionary<string, ExtractedOfficial>();
        var visits = new List<ExtractedVisit>();
        var meetings = new List<ExtractedMeeting>();
        var issues = new List<ExtractedIssue>();
        DateOnly? published = null;
        foreach (Match m in Line().Matches(source.Text))
        {
            var span = new TextSpan(m.Index, m.Length);
            var day = DateOnly.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            published ??= day;
            var traveler = Official(officials, m.Groups["traveler"].Value, m.Groups["tc"].Value, span, day);
            var counterpart = Official(officials, m.Groups["counterpart"].Value, m.Groups["cc"].Value, span, day);
            var host = m.Groups["host"].Value;
            var visitIndex = visits.FindIndex(v => v.TravelerKey == traveler && v.HostCountry == host);
            if (visitIndex < 0)
            {
                visits.Add(new ExtractedVisit(traveler, host, [], day, day, [span]));
                visitIndex = visits.Count - 1;
            }
            else
            {
                var v = visits[visitIndex];
                visits[visitIndex] = v with { End = day > v.End ? day : v.End, Evidence = [.. v.Evidence, span] };
            }

            var status = m.Groups["verb"].Value == "meets" ? ExtractedMeetingStatus.Held : ExtractedMeetingStatus.Planned;
            meetings.Add(new ExtractedMeeting(visitIndex, day, status, null, null, null, [traveler, counterpart], span));
            if (m.Groups["issue"].Success)
            {
                issues.Add(new ExtractedIssue(m.Groups["issue"].Value, span, visitIndex, meetings.Count - 1, traveler));
            }
        }

        var facts = new ArticleFacts([.. officials.Values], visits, meetings, issues, []);
        return new ExtractionResult(source.Title ?? source.SourcePath, null, published, false, facts,
            facts.IsEmpty ? ["no visit found"] : []);
    }

    private static string Official(Dictionary<string, ExtractedOfficial> officials, string name, string country, TextSpan span, DateOnly day)
    {
        var key = name.ToLowerInvariant();
        officials.TryAdd(key, new ExtractedOfficial(key, name, country, [new ExtractedTitle("Minister", span, day)], []));
        return key;
    }

    [GeneratedRegex(@"(?<day>\d{4}-\d\d-\d\d): (?<traveler>[A-Z][a-z]+ [A-Z][a-z]+) \((?<tc>[A-Za-z ]+)\) in (?<host>[A-Z][a-z]+) (?<verb>meets|will meet) (?<counterpart>[A-Z][a-z]+ [A-Z][a-z]+) \((?<cc>[A-Za-z ]+)\)(?: about (?<issue>[a-z]+))?\.")]
    private static partial Regex Line();
}
