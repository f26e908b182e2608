using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class StatementShapeTests
{
    private const string Statement = """
        Lima, 9 October 2027

        1. At the invitation of President of the Republic of Peru Rosa Vargas, the Prime Minister of Ireland, Niamh Byrne, paid an official visit to Peru from 7 to 9 October 2027.

        2. The two leaders held bilateral talks at the Government Palace on 8 October 2027.
        """;

    [Fact]
    public void TitleBetweenTwoNamesGoesToTheSecond()
    {
        var facts = Articles.Extract(Statement, Articles.On(2027, 10, 9)).Facts;

        var guest = Assert.Single(facts.Officials, o => o.Key == "niamh byrne");
        Assert.Equal("Ireland", guest.Country);
        Assert.Equal("Prime Minister of Ireland", Assert.Single(guest.Titles).Title);
        Assert.Equal("Peru", Assert.Single(facts.Officials, o => o.Key == "rosa vargas").Country);
        Assert.Equal("Peru", Assert.Single(facts.Visits).HostCountry);
    }

    [Fact]
    public void TheTwoLeadersMeetingIsBetweenThoseNamedBefore()
    {
        var facts = Articles.Extract(Statement, Articles.On(2027, 10, 9)).Facts;

        var talks = Assert.Single(facts.Meetings);
        Assert.Equal(["niamh byrne", "rosa vargas"], talks.ParticipantKeys.Order());
        Assert.Equal(new DateOnly(2027, 10, 8), talks.Date);
    }

    [Fact]
    public void PortfolioListWithCommasIsOneTitle()
    {
        var facts = Articles.Extract("""
            Indian Commerce Minister Vikas Rao held talks with Kenyan Minister of Industry, Trade and Investment Wanjiru Otieno in Nairobi on Monday.
            """, Articles.On(2027, 10, 4)).Facts;

        Assert.Contains(facts.Officials, o => o.Key == "wanjiru otieno" && o.Country == "Kenya");
        Assert.Contains(facts.Meetings, m => m.ParticipantKeys.Contains("wanjiru otieno"));
    }

    [Fact]
    public void TheTwoWithoutAMeetingPhraseIsNoMeeting()
    {
        var facts = Articles.Extract("""
            Irish Prime Minister Niamh Byrne arrived in Lima on Monday and was greeted by Peruvian President Rosa Vargas.
            The two leaders are old friends.
            """, Articles.On(2027, 10, 4)).Facts;

        Assert.Single(facts.Meetings);
    }

    [Fact]
    public void PlaceAndDateLineAtopAStatementIsItsDateline()
    {
        var facts = Articles.Extract(Statement, Articles.On(2027, 10, 9)).Facts;

        Assert.Equal(["Lima"], Assert.Single(facts.Visits).Cities);
    }

    [Fact]
    public void PluralPortfolioWordIsNoName()
    {
        var facts = Articles.Extract("""
            Kenyan Cabinet Secretary for Investments, Trade and Industry Wanjiru Otieno met Indian Commerce Minister Vikas Rao on Monday.
            """, Articles.On(2027, 10, 4)).Facts;

        Assert.Contains(facts.Officials, o => o.Key == "wanjiru otieno" && o.Country == "Kenya");
        Assert.DoesNotContain(facts.Officials, o => o.Key.Contains("investments", StringComparison.Ordinal));
    }
}
