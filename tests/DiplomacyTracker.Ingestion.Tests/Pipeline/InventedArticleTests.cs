using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

/// <summary>The whole pipeline on small invented articles of different shapes about trips the seeds do not cover.</summary>
public sealed class InventedArticleTests
{
    private const string PressRelease = """
        Ministry of External Affairs

        09/12/2025 | Press Release

        Visit of External Affairs Minister to Brazil (September 10-12, 2025)

        External Affairs Minister S. Jaishankar paid an official visit to Brazil from September 10-12, 2025. During the visit, he travelled to Brasilia and Sao Paulo.

        In Brasilia, the External Affairs Minister held talks with Brazilian Foreign Minister Mauro Vieira at the Itamaraty Palace on 11 September. The two Ministers discussed trade and the situation in Ukraine.

        EAM also called on President Luiz Inacio Lula da Silva.
        """;

    private const string WireCopy = """
        China's security minister in Washington for fentanyl talks

        April 5 (UPI) -- Chinese Minister of Public Security Li Ming arrived in Washington on Wednesday for two days of talks on counternarcotics cooperation.

        Li met with Attorney General Karen Brooks at the Justice Department on Thursday, where the two sides discussed curbing the flow of precursor chemicals.

        "We have made real progress," Brooks told reporters after the five-hour meeting.

        He would not meet President Sarah Jennings, White House press secretary Dana Fox said.

        Li last visited the United States in 2019, when he met with then-Attorney General Robert Vale in New York.

        Analyst Peter Chu of the Brookings Institution said the visit signaled a thaw.
        """;

    [Fact]
    public void PressReleaseGivesTheVisitRangeCitiesAndMeetings()
    {
        var result = Articles.Extract(PressRelease);
        var visit = Assert.Single(result.Facts.Visits);

        Assert.Equal(new DateOnly(2025, 9, 12), result.Published);
        Assert.Equal("jaishankar", visit.TravelerKey);
        Assert.Equal("Brazil", visit.HostCountry);
        Assert.Equal(["Brasilia", "Sao Paulo"], visit.Cities);
        Assert.Equal((new DateOnly(2025, 9, 10), new DateOnly(2025, 9, 12)), (visit.Start!.Value, visit.End!.Value));

        var talks = Assert.Single(result.Facts.Meetings, m => m.ParticipantKeys.Contains("mauro vieira"));
        Assert.Equal(new DateOnly(2025, 9, 11), talks.Date);
        Assert.Equal("Itamaraty Palace", talks.Venue);
        Assert.Contains(result.Facts.Meetings, m => m.ParticipantKeys.Contains("luiz inacio lula da silva") && m.ParticipantKeys.Contains("jaishankar"));
        Assert.Equal("Brazil", Assert.Single(result.Facts.Officials, o => o.Key == "luiz inacio lula da silva").Country);
    }

    [Fact]
    public void WireCopyKeepsTheTripAndDropsTheRefusedAndThePastMeetings()
    {
        var result = Articles.Extract(WireCopy, Articles.On(2026, 4, 3));
        var facts = result.Facts;
        var visit = Assert.Single(facts.Visits);

        Assert.Equal("li ming", visit.TravelerKey);
        Assert.Equal("United States", visit.HostCountry);
        Assert.Equal(["Washington"], visit.Cities);
        Assert.Equal(new DateOnly(2026, 4, 1), visit.Start);
        Assert.Equal(new DateOnly(2026, 4, 2), visit.End);

        var attorney = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("karen brooks"));
        Assert.Equal(new DateOnly(2026, 4, 2), attorney.Date);
        Assert.Equal(ExtractedMeetingStatus.Held, attorney.Status);
        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("sarah jennings"));
        Assert.DoesNotContain(facts.Meetings, m => m.VisitIndex == 0 && m.ParticipantKeys.Contains("robert vale"));
        Assert.DoesNotContain(facts.Officials, o => o.Key == "peter chu");
        Assert.Contains(facts.Quotes, q => q.OfficialKey == "karen brooks");
        Assert.Contains(facts.Issues, i => i.Slug == "counternarcotics" && i.MeetingIndex == facts.Meetings.ToList().IndexOf(attorney));
    }

    private const string MeetingShapes = """
        Canadian foreign minister tours Mexico

        Mexico City, May 14, 2026 - Canadian Foreign Minister Julie Tremblay began a three-day visit to Mexico on Tuesday.
        Mexican President Elena Ruiz received Tremblay at the National Palace on Wednesday.
        Talks between Tremblay and Mexican Foreign Secretary Carlos Ortega lasted two hours.
        She was hosted by Jalisco Governor Pablo Lemus in Guadalajara on Thursday.
        Tremblay did not meet opposition leader Marco Silva.
        Last year, Tremblay met Ortega in Ottawa.
        """;

    [Fact]
    public void MeetingShapesAreReadAndAnEarlierMeetingStaysOutOfTheTrip()
    {
        var facts = Articles.Extract(MeetingShapes).Facts;
        var visit = Assert.Single(facts.Visits);

        Assert.Equal((new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 14)), (visit.Start!.Value, visit.End!.Value));
        var trip = facts.Meetings.Where(m => m.VisitIndex == 0).ToList();
        var received = Assert.Single(trip, m => m.ParticipantKeys.Contains("elena ruiz"));
        Assert.Equal(("Mexico City", "National Palace"), (received.City, received.Venue));
        Assert.Equal(120, Assert.Single(trip, m => m.ParticipantKeys.Contains("carlos ortega")).DurationMinutes);
        Assert.Equal("Guadalajara", Assert.Single(trip, m => m.ParticipantKeys.Contains("pablo lemus")).City);
        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("marco silva"));
        // Last year's meeting in Ottawa is neither part of the trip nor news of its own.
        Assert.DoesNotContain(facts.Meetings, m => m.City == "Ottawa");
    }

    [Fact]
    public void UndatedArticleBorrowsTheDatesOfAKnownTrip()
    {
        var text = "Chinese Minister of Public Security Li Ming wrapped up a two-day visit to the United States, meeting Attorney General Karen Brooks in Washington.";
        var known = new KnownTrips(("li ming", "United States", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2)));

        var result = Articles.Extract(text, known: known);

        Assert.True(result.PublishedInferred);
        Assert.Equal(new DateOnly(2026, 4, 2), result.Published);
        var visit = Assert.Single(result.Facts.Visits);
        Assert.Equal(new DateOnly(2026, 4, 1), visit.Start);
        Assert.Equal(new DateOnly(2026, 4, 2), visit.End);
        Assert.NotEmpty(result.Warnings);
    }

    private sealed class KnownTrips(params (string Traveler, string Host, DateOnly Start, DateOnly End)[] trips) : IKnownTrips
    {
        public IReadOnlyList<(DateOnly Start, DateOnly End)> Find(string travelerKey, string hostCountry) =>
            trips.Where(t => t.Traveler == travelerKey && t.Host == hostCountry).Select(t => (t.Start, t.End)).ToList();
    }
}
