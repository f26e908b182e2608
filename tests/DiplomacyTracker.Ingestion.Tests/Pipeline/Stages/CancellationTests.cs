using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class CancellationTests
{
    [Theory]
    [InlineData("A planned meeting with Finnish President Aino Virtanen was called off after a row over fishing rights.")]
    [InlineData("Talks with Finnish President Aino Virtanen were abruptly cancelled on Tuesday.")]
    [InlineData("His meeting with Finnish President Aino Virtanen was postponed because of the storm.")]
    [InlineData("A meeting with Finnish President Aino Virtanen fell through at the last minute.")]
    public void MeetingCancelledAfterItsPhraseIsNoMeeting(string sentence)
    {
        var facts = Articles.Extract($"""
            HELSINKI, June 2, 2027 - Irish Foreign Minister Sean Walsh arrived in Helsinki on Tuesday for a two-day visit to Finland.
            {sentence}
            Walsh met Finnish Foreign Minister Mikko Laine on Tuesday.
            """, Articles.On(2027, 6, 2)).Facts;

        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("aino virtanen"));
        Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("mikko laine") && m.Status == ExtractedMeetingStatus.Held);
    }

    [Fact]
    public void CancellationOfAnotherMeetingLeavesTheFirstOne()
    {
        var facts = Articles.Extract("""
            HELSINKI, June 2, 2027 - Irish Foreign Minister Sean Walsh met Finnish Foreign Minister Mikko Laine in Helsinki on Tuesday, but talks with Finnish President Aino Virtanen were cancelled.
            """, Articles.On(2027, 6, 2)).Facts;

        Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("mikko laine"));
        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("aino virtanen"));
    }

    [Theory]
    [InlineData("Irish Foreign Minister Sean Walsh postponed his trip to Finland, where he was due to meet Finnish President Aino Virtanen on Thursday.")]
    [InlineData("Irish Foreign Minister Sean Walsh's visit to Finland, planned for this week, was called off because of a strike.")]
    public void PostponedTripIsNoVisit(string lead)
    {
        var facts = Articles.Extract($"""
            DUBLIN, June 2, 2027 - {lead}
            The ministry gave no new date.
            """, Articles.On(2027, 6, 2)).Facts;

        Assert.DoesNotContain(facts.Visits, v => v.HostCountry == "Finland");
        Assert.DoesNotContain(facts.Meetings, m => m.Status == ExtractedMeetingStatus.Held);
    }

    [Fact]
    public void MeetingCalledOffDoesNotCancelTheTrip()
    {
        var facts = Articles.Extract("""
            HELSINKI, June 2, 2027 - Irish Foreign Minister Sean Walsh arrived in Helsinki on Tuesday, but a meeting with Finnish President Aino Virtanen was called off.
            """, Articles.On(2027, 6, 2)).Facts;

        Assert.Equal("Finland", Assert.Single(facts.Visits).HostCountry);
    }
}
