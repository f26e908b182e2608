namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Who is abroad: the traveller is decided by where people belong and where things happen, not by word order.</summary>
public sealed class TravelerChoiceTests
{
    private static (string Traveler, string Host)? TripOf(string text)
    {
        var doc = Articles.RunThrough("trip", text, Articles.On(2027, 3, 10));
        return doc.Trip is { } trip ? (doc.People[trip.Traveler].Name, trip.HostCountry) : null;
    }

    [Fact]
    public void HostSideReadoutMakesTheGuestTheTraveller()
    {
        var trip = TripOf("Brazilian President Ana Costa held talks with Kenyan President Peter Otieno, who is on a state visit to Brazil, in Brasilia on Tuesday.");

        Assert.Equal(("Peter Otieno", "Brazil"), trip);
    }

    [Fact]
    public void HostWhoReceivesIsNotTheTraveller()
    {
        var trip = TripOf("Indonesian President Budi Hartono received Chilean Foreign Minister Rosa Vidal at the palace in Jakarta on Monday.");

        Assert.Equal(("Rosa Vidal", "Indonesia"), trip);
    }

    [Fact]
    public void GuestWelcomedByTheHostIsTheTraveller()
    {
        var trip = TripOf("Polish Prime Minister Jan Nowak was welcomed by Egyptian President Omar Fathy in Cairo on Monday.");

        Assert.Equal(("Jan Nowak", "Egypt"), trip);
    }

    [Fact]
    public void TravellersOwnTitleIsNotTheHost()
    {
        var trip = TripOf("As part of the working visit to Canada, President of Chile Rosa Vidal met Canadian Prime Minister Daniel Roy.");

        Assert.Equal(("Rosa Vidal", "Canada"), trip);
    }

    [Fact]
    public void TripInsideTheTravellersOwnCountryIsNoVisit()
    {
        Assert.Null(TripOf("Indian Prime Minister Ravi Menon travelled to Jaipur on Monday and met Rajasthan Chief Minister Anil Singh."));
    }

    [Fact]
    public void PhoneCallIsNeitherVisitNorMeeting()
    {
        var facts = Articles.Extract("Canadian Prime Minister Daniel Roy called Mexican President Lucia Ortega on Tuesday. The two leaders discussed trade.",
            Articles.On(2027, 3, 10)).Facts;

        Assert.Empty(facts.Visits);
        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void LaterTalkAboutTheSameCallIsNoMeeting()
    {
        var facts = Articles.Extract("""
            Swedish Foreign Minister Lars Eklund spoke by phone with Nigerian Foreign Minister Amina Yusuf on Monday.
            Eklund spoke with Yusuf about the grain corridor, his office said.
            """, Articles.On(2027, 3, 10)).Facts;

        Assert.Empty(facts.Meetings);
    }

    [Fact]
    public void MeetingInPersonAfterAnEarlierCallIsKept()
    {
        var facts = Articles.Extract("""
            Swedish Foreign Minister Lars Eklund arrived in Abuja on Monday for a two-day visit to Nigeria.
            The two had spoken by phone in January.
            Eklund met Nigerian Foreign Minister Amina Yusuf in Abuja on Tuesday.
            """, Articles.On(2027, 3, 10)).Facts;

        Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("amina yusuf"));
    }
}
