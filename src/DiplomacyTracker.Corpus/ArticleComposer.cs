using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Corpus;

public enum ArticleShape
{
    Wire,
    Release,
    State,
    Quiet,
}

/// <summary>One generated article and what it reports, so the manifest can say what ingesting it must find.</summary>
internal sealed record ComposedArticle(ArticleShape Shape, string Text, Trip? Trip, IReadOnlyList<PlannedMeeting> Meetings, DateOnly Published);

/// <summary>
/// Writes a trip up in one of three shapes: a wire story (dateline, outlet, the whole trip), a ministry press
/// release (the traveller's own side, day-month dates) and a state-media report of one meeting ("held talks here on
/// Monday"). Plus stories that report no trip at all.
/// </summary>
internal sealed class ArticleComposer(World world, Random random)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public ComposedArticle Compose(Trip trip, ArticleShape shape) => shape switch
    {
        ArticleShape.Wire => Wire(trip),
        ArticleShape.Release => Release(trip),
        ArticleShape.State => State(trip),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private ComposedArticle Wire(Trip trip)
    {
        var phrases = world.Phrases.Wire;
        var published = trip.End;
        var values = TripValues(trip, ApDate);
        var text = new StringBuilder();
        text.Append(Fill(Pick(phrases.Headline), values)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture.TextInfo.ToUpper(trip.Cities[0])).Append(", ").Append(ApDate(published)).Append(", ")
            .Append(published.Year).Append(" (").Append(Pick(world.Outlets.Wire)).Append(") -- ")
            .Append(Fill(Pick(phrases.Lead!), values)).Append("\n\n");
        foreach (var meeting in trip.Meetings)
        {
            text.Append(Fill(Pick(phrases.Meeting!), MeetingValues(values, trip, meeting, ApDate))).Append("\n\n");
        }

        text.Append(Fill(Pick(phrases.Issues!), values)).Append("\n\n");
        AppendFiller(text, phrases.Filler!, 2);
        return new ComposedArticle(ArticleShape.Wire, text.ToString(), trip, trip.Meetings, published);
    }

    private ComposedArticle Release(Trip trip)
    {
        var phrases = world.Phrases.Release;
        var published = trip.End.AddDays(1);
        var values = TripValues(trip, DayMonth);
        var text = new StringBuilder("Press release\n\n");
        text.Append(Fill(Pick(phrases.Headline), values)).Append("\n\n");
        text.Append("From: ").Append(Pick(world.Outlets.Release)).Append(" of ").Append(trip.Traveler.Country.InText()).Append('\n')
            .Append("Published ").Append(published.ToString("d MMMM yyyy", English)).Append("\n\n");
        text.Append(Fill(Pick(phrases.Lead!), values)).Append("\n\n");
        foreach (var meeting in trip.Meetings)
        {
            text.Append(Fill(Pick(phrases.Meeting!), MeetingValues(values, trip, meeting, DayMonth))).Append("\n\n");
        }

        text.Append(Fill(Pick(phrases.Issues!), values)).Append("\n\n");
        AppendFiller(text, phrases.Filler!, 1);
        return new ComposedArticle(ArticleShape.Release, text.ToString(), trip, trip.Meetings, published);
    }

    private ComposedArticle State(Trip trip)
    {
        // State media report one meeting, on the day it was held, from where it was held.
        var phrases = world.Phrases.State;
        var meeting = trip.Meetings[random.Next(trip.Meetings.Count)];
        var published = meeting.Date;
        var values = MeetingValues(TripValues(trip, ApDate), trip, meeting, ApDate);
        var text = new StringBuilder();
        text.Append(Fill(Pick(phrases.Headline), values)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture.TextInfo.ToUpper(meeting.City)).Append(", ").Append(ApDate(published)).Append(", ")
            .Append(published.Year).Append(" (").Append(Pick(world.Outlets.State)).Append(") -- ")
            .Append(Fill(Pick(phrases.Lead!), values)).Append("\n\n");
        text.Append(Fill(Pick(phrases.Issues!), values)).Append("\n\n");
        AppendFiller(text, phrases.Filler!, 2);
        return new ComposedArticle(ArticleShape.State, text.ToString(), trip, [meeting], published);
    }

    /// <summary>A story with no official and no trip in it: markets, weather, the economy.</summary>
    public ComposedArticle Quiet(DateOnly published)
    {
        var phrases = world.Phrases.Quiet;
        var country = world.Countries[random.Next(world.Countries.Count)];
        var values = new Dictionary<string, string>
        {
            ["Weekday"] = published.DayOfWeek.ToString(),
            ["Percent"] = (random.Next(2, 30) / 10.0).ToString("0.0", English),
        };
        var text = new StringBuilder();
        text.Append(Pick(phrases.Headline)).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture.TextInfo.ToUpper(country.Cities[0])).Append(", ").Append(ApDate(published)).Append(", ")
            .Append(published.Year).Append(" (").Append(Pick(world.Outlets.Wire)).Append(") -- ");
        foreach (var sentence in phrases.Body!.OrderBy(_ => random.Next()).Take(4))
        {
            text.Append(Fill(sentence, values)).Append("\n\n");
        }

        return new ComposedArticle(ArticleShape.Quiet, text.ToString(), null, [], published);
    }

    private Dictionary<string, string> TripValues(Trip trip, Func<DateOnly, string> date)
    {
        var hostAdjective = trip.Host.Adjective;
        return new Dictionary<string, string>
        {
            ["TravelerFull"] = trip.Traveler.Name,
            ["TravelerLast"] = trip.Traveler.Family,
            ["TravelerTitle"] = trip.Traveler.Title,
            ["TravelerTitleLower"] = trip.Traveler.Title.ToLowerInvariant(),
            ["TravelerAdj"] = trip.Traveler.Country.Adjective,
            ["Host"] = trip.Host.InText(),
            ["HostAdj"] = hostAdjective,
            ["City"] = trip.Cities[0],
            ["CityList"] = string.Join(" and ", trip.Cities),
            ["Start"] = date(trip.Start),
            ["End"] = date(trip.End),
            ["IssueA"] = Pick(trip.Issues[0].Phrases),
            ["IssueB"] = Pick(trip.Issues[1].Phrases),
        };
    }

    private static Dictionary<string, string> MeetingValues(Dictionary<string, string> tripValues, Trip trip, PlannedMeeting meeting, Func<DateOnly, string> date) =>
        new(tripValues)
        {
            ["CounterpartFull"] = meeting.Counterpart.Name,
            ["CounterpartLast"] = meeting.Counterpart.Family,
            ["CounterpartTitle"] = meeting.Counterpart.Title,
            ["CounterpartTitleLower"] = meeting.Counterpart.Title.ToLowerInvariant(),
            ["CounterpartAdj"] = trip.Host.Adjective,
            ["MeetingCity"] = meeting.City,
            ["Date"] = date(meeting.Date),
            ["Weekday"] = meeting.Date.DayOfWeek.ToString(),
        };

    private void AppendFiller(StringBuilder text, IReadOnlyList<string> filler, int count)
    {
        foreach (var sentence in filler.OrderBy(_ => random.Next()).Take(count))
        {
            text.Append(sentence).Append("\n\n");
        }
    }

    private string Pick(IReadOnlyList<string> options) => options[random.Next(options.Count)];

    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder(template);
        foreach (var (key, value) in values)
        {
            text.Replace("{" + key + "}", value);
        }

        return text.ToString();
    }

    /// <summary>"Aug. 27", as wire services write dates.</summary>
    private static string ApDate(DateOnly date) => date.Month switch
    {
        3 or 4 or 5 or 6 or 7 => date.ToString("MMMM d", English),
        9 => "Sept. " + date.Day.ToString(English),
        _ => date.ToString("MMM", English) + ". " + date.Day.ToString(English),
    };

    private static string DayMonth(DateOnly date) => date.ToString("d MMMM", English);
}
