using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>How sentences about meetings become meetings: who met whom, once per meeting.</summary>
public sealed class MeetingShapeTests
{
    private static ArticleFacts Facts(string text) => Articles.Extract(text, Articles.On(2027, 5, 12)).Facts;

    private static List<string> Counterparts(ArticleFacts facts, string traveler) =>
        facts.Meetings.SelectMany(m => m.ParticipantKeys.Where(k => k != traveler)).Order().ToList();

    [Fact]
    public void SeparateMeetingsWithSeveralOfficialsAreOneMeetingEachWithTheTraveller()
    {
        var facts = Facts("""
            Chilean President Rosa Vidal arrived in Hanoi on Tuesday for a state visit to Vietnam.
            Under the programme, she will meet General Secretary Tran Quoc, attend separate meetings with President Le Minh, Prime Minister Pham Duc, and Assembly Chairman Vo Hai.
            """);

        Assert.Equal(["le minh", "pham duc", "tran quoc", "vo hai"], Counterparts(facts, "rosa vidal"));
        Assert.All(facts.Meetings, m => Assert.Contains("rosa vidal", m.ParticipantKeys));
    }

    [Theory]
    [InlineData("Her agenda in Hanoi includes meetings with President Le Minh.", ExtractedMeetingStatus.Planned)]
    [InlineData("The itinerary will include talks with President Le Minh.", ExtractedMeetingStatus.Planned)]
    [InlineData("On Wednesday she held meetings with President Le Minh.", ExtractedMeetingStatus.Held)]
    public void MeetingsOnAnAgendaAreOnlyPlanned(string sentence, ExtractedMeetingStatus status)
    {
        var facts = Facts($"Chilean President Rosa Vidal arrived in Hanoi on Tuesday for a state visit to Vietnam. {sentence}");

        var meeting = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("le minh"));
        Assert.Equal(status, meeting.Status);
    }

    [Theory]
    [InlineData("rolled out the red carpet for")]
    [InlineData("rolled out the red carpet Monday for")]
    [InlineData("rolled out the red carpet on Monday for")]
    public void TheRedCarpetIsAMeetingWhicheverDayItNames(string phrase)
    {
        var facts = Facts($"Spanish Prime Minister Ana Ruiz {phrase} Ghanaian President Kofi Mensah in Madrid, the first state visit to Spain by a Ghanaian leader.");

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(ExtractedMeetingStatus.Held, meeting.Status);
        Assert.Equal(["ana ruiz", "kofi mensah"], meeting.ParticipantKeys.Order());
        Assert.Equal("kofi mensah", Assert.Single(facts.Visits).TravelerKey);
    }

    [Fact]
    public void TwoHostsOfOneLuncheonEachMetTheGuest()
    {
        var facts = Facts("""
            Kenyan President Peter Otieno arrived in Ottawa on Monday for a visit to Canada.
            Canadian Prime Minister Daniel Roy and Foreign Minister Claire Dubois on Tuesday hosted a luncheon for Otieno.
            """);

        Assert.Equal(["claire dubois", "daniel roy"], Counterparts(facts, "peter otieno"));
    }

    [Fact]
    public void AirportGreetingJoinsTheTalksWithTheSamePerson()
    {
        var facts = Facts("""
            Thai Foreign Minister Somchai Rak arrived in Lima on Monday for a two-day visit to Peru.
            Rak was greeted at the airport by Peruvian Foreign Minister Ana Quispe.
            The two ministers held talks on Tuesday at the Torre Tagle Palace.
            """);

        var talks = Assert.Single(facts.Meetings);
        Assert.Equal(new DateOnly(2027, 5, 11), talks.Date);
        Assert.Equal(ExtractedMeetingStatus.Held, talks.Status);
    }

    [Fact]
    public void DinnerHeldAndTalksPlannedWithTheSameLeaderAreOneMeeting()
    {
        var facts = Facts("""
            Brazilian President Tiago Lima arrived in Accra on Tuesday and was hosted by Ghanaian President Kofi Mensah for a dinner.
            Lima was greeted at the airport by Vice President Ama Owusu.
            The two leaders will hold formal talks on Wednesday.
            """);

        var president = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("kofi mensah"));
        Assert.Equal(ExtractedMeetingStatus.Held, president.Status);
        Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("ama owusu"));
    }

    [Fact]
    public void TalksHeldOnTwoNamedDaysAreTwoMeetings()
    {
        var facts = Facts("""
            Thai Foreign Minister Somchai Rak arrived in Lima on Sunday for a three-day visit to Peru.
            Rak held talks with Peruvian Foreign Minister Ana Quispe on Monday.
            Rak and Quispe held a second round of talks on Tuesday.
            """);

        Assert.Equal(2, facts.Meetings.Count(m => m.ParticipantKeys.Contains("ana quispe")));
    }

    [Fact]
    public void MeetingRecalledFromAnotherYearIsNoMeeting()
    {
        var facts = Facts("""
            Thai Foreign Minister Somchai Rak arrived in Lima on Monday for a visit to Peru.
            The two had first met at a summit in Bali in November 2024.
            Rak met Peruvian President Luis Soto on Tuesday, after meeting Soto's predecessor Juan Prado in Jakarta last year.
            """);

        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("juan prado"));
        Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("luis soto"));
    }
}
