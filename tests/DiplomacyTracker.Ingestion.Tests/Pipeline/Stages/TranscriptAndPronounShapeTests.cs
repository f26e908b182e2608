using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class TranscriptAndPronounShapeTests
{
    [Fact]
    public void FirstPersonInATranscriptIsTheLabelledSpeaker()
    {
        var facts = Articles.Extract("""
            Remarks to the Press

            Minister of Trade Sofia Lindgren
            Nairobi, Kenya
            June 4, 2027

            MINISTER LINDGREN: Thank you all. I arrived in Nairobi on Tuesday, and today I met Cabinet Secretary for Trade Peter Mwangi.

            QUESTION: Will you go to Mombasa?

            MINISTER LINDGREN: Tomorrow I will travel to Mombasa before I fly home on Saturday.
            """, Articles.On(2027, 6, 4)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal("sofia lindgren", visit.TravelerKey);
        Assert.Equal("Kenya", visit.HostCountry);
        Assert.Equal(["Nairobi", "Mombasa"], visit.Cities);
        Assert.Equal(new DateOnly(2027, 6, 1), visit.Start);
        Assert.Equal("Sofia Lindgren", Assert.Single(facts.Officials, o => o.Key == "sofia lindgren").Name);
        Assert.Contains(facts.Meetings, m => m.ParticipantKeys.Contains("peter mwangi") && m.VisitIndex == 0);
    }

    [Fact]
    public void FamilyNameInCapitalsIsAName()
    {
        var facts = Articles.Extract("""
            1. From May 3 to 4, Mr. MORI Kenta, Minister for Foreign Affairs of Japan, visited Warsaw, Poland.
            2. On May 3, Minister MORI held a meeting with Mr. Nowak Piotr, Minister of Foreign Affairs of Poland.
            """, Articles.On(2027, 5, 5)).Facts;

        Assert.Contains(facts.Officials, o => o.Key == "mori kenta" && o.Country == "Japan");
        Assert.Equal("Poland", Assert.Single(facts.Visits).HostCountry);
        Assert.DoesNotContain(facts.Officials, o => o.Key == "mori");
    }

    [Fact]
    public void AcronymsAfterTitlesStayAcronyms()
    {
        var facts = Articles.Extract("""
            NATO Secretary General Lars Holm met Polish President Jan Kowal in Warsaw on Monday.
            """, Articles.On(2027, 5, 5)).Facts;

        Assert.DoesNotContain(facts.Officials, o => o.Name.Contains("Nato", StringComparison.Ordinal));
    }

    [Fact]
    public void PronounBeforeATravelPhraseIsTheOfficialJustNamed()
    {
        var facts = Articles.Extract("""
            Published May 20, 2027
            Chilean President Ana Rojas has made the trip to Argentina twice this year.
            Her most recent visit, to Buenos Aires from May 11 to 12, 2027, produced an energy agreement.
            She met Argentine President Luis Paz on May 11, and Argentine Economy Minister Eva Gil joined them for lunch.
            """, Articles.On(2027, 5, 20)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal(("ana rojas", "Argentina"), (visit.TravelerKey, visit.HostCountry));
        Assert.Equal((new DateOnly(2027, 5, 11), new DateOnly(2027, 5, 12)), (visit.Start, visit.End));
        Assert.Contains(facts.Meetings, m => m.ParticipantKeys.Contains("luis paz") && m.VisitIndex == 0);
    }

    [Fact]
    public void MeetingAndIssueOfAnEarlierTripGoToThatTrip()
    {
        var facts = Articles.Extract("""
            BUENOS AIRES, May 12, 2027 - Chilean President Ana Rojas arrived in Buenos Aires on Tuesday for a two-day visit to Argentina.
            Rojas met Argentine President Luis Paz on Wednesday.
            Her first trip came on January 9, 2027, when she flew to Brasilia for talks with Brazilian President Rui Souza.
            The two leaders discussed climate change.
            """, Articles.On(2027, 5, 12)).Facts;

        var brazil = facts.Visits.ToList().FindIndex(v => v.HostCountry == "Brazil");
        Assert.True(brazil > 0);
        Assert.Equal(brazil, Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("rui souza")).VisitIndex);
        Assert.Equal(brazil, Assert.Single(facts.Issues, i => i.Slug == "climate").VisitIndex);
    }
}
