using System.Text;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline;

/// <summary>
/// What the stages found in one article, as text a lexicon editor can read: the publication date, the people and their
/// titles, every meeting phrase and whom it names, the trip and its legs, the facts and the warnings. Answers "why did
/// the tracker read this article so?" without a debugger.
/// </summary>
internal static class ExtractionReport
{
    public static string Write(ArticleDocument doc)
    {
        var report = new StringBuilder();
        report.AppendLine($"published: {doc.Published?.ToString("yyyy-MM-dd") ?? "none"}{(doc.PublishedInferred ? " (inferred)" : "")}");
        report.AppendLine($"sentences: {doc.Sentences.Count}, datelines: {string.Join(" | ", doc.Datelines.Select(d => d.Of(doc.Text)))}");
        report.AppendLine("people:");
        foreach (var person in doc.People)
        {
            var mentions = doc.Mentions.Count(m => m.Person == person.Id);
            report.AppendLine($"  #{person.Id} {person.Name} [{person.Key}] {(person.IsOfficial ? "official" : "not official")}, country {person.Country ?? "?"}"
                + $"{(person.CountryFromContext ? " (from context)" : "")}, {mentions} mentions; titles: {string.Join("; ", person.Titles.Select(t => t.Title))}");
        }

        report.AppendLine("meeting phrases:");
        foreach (var meeting in doc.Meetings)
        {
            report.AppendLine($"  s{meeting.Sentence} {meeting.Status}{(meeting.Loose ? " loose" : "")} date {meeting.Date?.ToString("yyyy-MM-dd") ?? "-"}"
                + $" city {meeting.City ?? "-"} venue {meeting.Venue ?? "-"}: subject {Name(doc, meeting.Subject)}, met {Names(doc, meeting.Counterparts)},"
                + $" also named {Names(doc, meeting.Others)} «{Clip(doc.TextOf(doc.Sentences[meeting.Sentence]))}»");
        }

        if (doc.Trip is { } trip)
        {
            report.AppendLine($"trip: {Name(doc, trip.Traveler)} (home {trip.TravelerHome ?? "?"}) -> {trip.HostCountry} {trip.Start:yyyy-MM-dd}..{trip.End:yyyy-MM-dd}"
                + $" cities {string.Join(", ", trip.Cities)}; sentences {string.Join(",", trip.TripSentences.Order())}");
            foreach (var leg in trip.Legs)
            {
                report.AppendLine($"  leg: {leg.HostCountry} {leg.Start:yyyy-MM-dd}..{leg.End:yyyy-MM-dd} cities {string.Join(", ", leg.Cities)}; sentences {string.Join(",", leg.Sentences.Order())}");
            }
        }
        else
        {
            report.AppendLine("trip: none");
        }

        foreach (var past in doc.PastTrips)
        {
            report.AppendLine($"other trip: {Name(doc, past.Traveler)} -> {past.HostCountry} {past.Start:yyyy-MM-dd}..{past.End:yyyy-MM-dd} (s{past.Sentence})");
        }

        var facts = doc.Facts;
        report.AppendLine($"facts: {facts.Visits.Count} visits, {facts.Meetings.Count} meetings, {facts.Officials.Count} officials, {facts.Issues.Count} issues");
        foreach (var meeting in facts.Meetings)
        {
            report.AppendLine($"  meeting (visit {meeting.VisitIndex?.ToString() ?? "none"}) {meeting.Date:yyyy-MM-dd} {meeting.Status} {meeting.City} {meeting.Venue}: {string.Join(", ", meeting.ParticipantKeys)}");
        }

        foreach (var issue in facts.Issues)
        {
            report.AppendLine($"  issue {issue.Slug} (visit {issue.VisitIndex?.ToString() ?? "none"}, meeting {issue.MeetingIndex?.ToString() ?? "none"}) «{Clip(issue.Evidence.Of(doc.Text))}»");
        }

        foreach (var warning in doc.Warnings)
        {
            report.AppendLine($"warning: {warning}");
        }

        return report.ToString();
    }

    private static string Name(ArticleDocument doc, int? person) => person is { } p ? doc.People[p].Name : "-";

    private static string Names(ArticleDocument doc, IEnumerable<int> people) => "[" + string.Join(", ", people.Select(p => doc.People[p].Name)) + "]";

    private static string Clip(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
