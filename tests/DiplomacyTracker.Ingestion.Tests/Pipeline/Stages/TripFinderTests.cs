using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class TripFinderTests
{
    private static TripFinding Trip(string text, DateTimeOffset published)
    {
        var doc = Articles.RunThrough("trip", text, published);
        Assert.NotNull(doc.Trip);
        return doc.Trip;
    }

    [Fact]
    public void ExplicitRangeGivesStartAndEnd()
    {
        var trip = Trip("Japanese Prime Minister Ken Sato travelled to Hanoi and Da Nang from May 4-6 for talks.", Articles.On(2026, 5, 6));

        Assert.Equal("Vietnam", trip.HostCountry);
        Assert.Equal(["Hanoi", "Da Nang"], trip.Cities);
        Assert.Equal(new DateOnly(2026, 5, 4), trip.Start);
        Assert.Equal(new DateOnly(2026, 5, 6), trip.End);
    }

    [Fact]
    public void FirstOfTwoDaysStartsOnThePublicationDay()
    {
        var trip = Trip("Japanese Prime Minister Ken Sato met Vietnamese President Lan Pham in Hanoi on Sunday. He finished the first of two days of talks.",
            Articles.On(2026, 5, 3));

        Assert.Equal(new DateOnly(2026, 5, 3), trip.Start);
        Assert.Equal(new DateOnly(2026, 5, 4), trip.End);
    }

    [Fact]
    public void ThreeDayVisitThatBeganOnAWeekdayEndsTwoDaysLater()
    {
        var trip = Trip("Japanese Prime Minister Ken Sato began a three-day visit to Vietnam on Tuesday.", Articles.On(2026, 5, 7));

        Assert.Equal(new DateOnly(2026, 5, 5), trip.Start);
        Assert.Equal(new DateOnly(2026, 5, 7), trip.End);
    }

    [Fact]
    public void EarlierTripIsNotMergedIntoTheOneReported()
    {
        var text = "Japanese Prime Minister Ken Sato arrived in Hanoi on Tuesday. It follows his first trip to Vietnam last June, when he toured Hue. "
            + "Sato met Vietnamese President Lan Pham on Wednesday.";
        var trip = Trip(text, Articles.On(2026, 5, 7));

        Assert.Equal(new DateOnly(2026, 5, 5), trip.Start);
        Assert.Equal(new DateOnly(2026, 5, 6), trip.End);
    }

    [Fact]
    public void HostIsNeverTheTravellersOwnCountry()
    {
        var trip = Trip("Kenyan Foreign Minister Amina Odhiambo left Nairobi on Monday and arrived in Berlin for talks.", Articles.On(2026, 5, 5));

        Assert.Equal("Germany", trip.HostCountry);
        Assert.Equal(["Berlin"], trip.Cities);
    }

    [Fact]
    public void ANationalOutletsOwnOfficialNamedByTitleAloneIsFromItsCountry()
    {
        var facts = Articles.Extract("""
            SUVA (AAP) - Foreign Minister Jane Roe has arrived in Fiji for two days of talks.
            Roe met Fijian Prime Minister Tomasi Vula in Suva on Tuesday.
            """, Articles.On(2026, 3, 4)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal("Fiji", visit.HostCountry);
        Assert.Equal("Australia", facts.Officials.Single(o => o.Key == visit.TravelerKey).Country);
    }

    [Theory]
    [InlineData("CANBERRA (AAP) - Prime Minister Rahul Dev has arrived in Canberra for two days of talks.", "Australia")]
    [InlineData("SUVA (Reuters) - Foreign Minister Jane Roe has arrived in Fiji for two days of talks.", "Fiji")]
    public void AVisitorToTheOutletsCountryOrAnInternationalOutletsTravellerGetsNoCountryFromIt(string lede, string host)
    {
        var facts = Articles.Extract(lede, Articles.On(2026, 3, 4)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal(host, visit.HostCountry);
        Assert.Null(facts.Officials.Single(o => o.Key == visit.TravelerKey).Country);
    }
}
