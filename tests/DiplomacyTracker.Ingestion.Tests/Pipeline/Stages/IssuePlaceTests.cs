namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>A place an issue is about raises it when the sentence is about the place, not when the trip is there.</summary>
public sealed class IssuePlaceTests
{
    private static List<string> SlugsOf(string text) =>
        Articles.Extract(text, Articles.On(2027, 3, 10)).Facts.Issues.Select(i => i.Slug).ToList();

    [Fact]
    public void TheHostCountrysOwnNameIsNoIssue()
    {
        var slugs = SlugsOf("""
            TAIPEI, March 9, 2027 - Swedish Foreign Minister Anna Berg arrived in Taipei on Tuesday for a two-day visit to Taiwan.
            Berg met Taiwan's Premier Chen Ming in Taipei on Wednesday to discuss trade.
            """);

        Assert.DoesNotContain("taiwan", slugs);
        Assert.Contains("trade-practices", slugs);
    }

    [Fact]
    public void ThePlaceRaisedOnAnotherCountrysTripIsAnIssue()
    {
        var slugs = SlugsOf("""
            TOKYO, March 9, 2027 - Swedish Foreign Minister Anna Berg arrived in Tokyo on Tuesday for a two-day visit to Japan.
            Berg met Japanese Foreign Minister Aki Mori on Wednesday and discussed Taiwan and trade.
            """);

        Assert.Contains("taiwan", slugs);
    }

    [Fact]
    public void TheTravellersOwnCountryNamedBesideTheHostIsNoIssue()
    {
        var slugs = SlugsOf("""
            MOSCOW, March 9, 2027 - North Korean Foreign Minister Ri Son Gol arrived in Moscow on Tuesday for a visit to Russia.
            Ri met Russian Foreign Minister Pavel Orlov on Wednesday to develop DPRK-Russia relations.
            The flags of the DPRK and Russia flew over the ministry.
            """);

        Assert.DoesNotContain("north-korea", slugs);
    }

    [Fact]
    public void ThePlacesTopicStillRaisesItOnItsOwnTrip()
    {
        var slugs = SlugsOf("""
            MOSCOW, March 9, 2027 - North Korean Foreign Minister Ri Son Gol arrived in Moscow on Tuesday for a visit to Russia.
            Ri met Russian Foreign Minister Pavel Orlov on Wednesday; they discussed the denuclearisation of the Korean Peninsula.
            """);

        Assert.Contains("north-korea", slugs);
    }

    [Fact]
    public void IssuesOfEachLegsTalksAttachToThatLeg()
    {
        var facts = Articles.Extract("""
            NAIROBI, March 9, 2027 - Dutch Foreign Minister Eva Visser ended a tour of Ghana and Kenya on Tuesday.

            Visser arrived in Accra on Sunday and met Ghanaian Foreign Minister Kofi Mensah to discuss cocoa farming and food security.

            On Monday she flew to Nairobi, where she held talks with Kenyan President Daniel Kamau on the regional security mission and debt relief.
            """, Articles.On(2027, 3, 9)).Facts;

        Assert.Equal(["Ghana", "Kenya"], facts.Visits.Select(v => v.HostCountry));
        Assert.Equal(0, Assert.Single(facts.Issues, i => i.Slug == "agriculture-food").VisitIndex);
        Assert.Equal(1, Assert.Single(facts.Issues, i => i.Slug == "debt-finance").VisitIndex);
        Assert.Equal(1, Assert.Single(facts.Issues, i => i.Slug == "regional-security").VisitIndex);
    }
}
