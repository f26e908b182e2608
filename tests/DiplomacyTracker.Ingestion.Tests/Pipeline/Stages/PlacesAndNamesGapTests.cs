using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class PlacesAndNamesGapTests
{
    [Fact]
    public void StatesVisitedAreCitiesOfTheirCountry()
    {
        var facts = Articles.Extract("""
            Chinese Vice Premier Liu Fang arrived in California on Monday and will travel to North Carolina on Wednesday.
            """, Articles.On(2027, 4, 5)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal("United States", visit.HostCountry);
        Assert.Equal(["California", "North Carolina"], visit.Cities);
    }

    [Fact]
    public void ProvinceVisitedGivesTheCountry()
    {
        var facts = Articles.Extract("""
            German Economy Minister Jonas Keller visited a battery plant in Guangdong province on Tuesday.
            """, Articles.On(2027, 4, 7)).Facts;

        Assert.Equal("China", Assert.Single(facts.Visits).HostCountry);
        Assert.Contains("Guangdong", facts.Visits[0].Cities);
    }

    [Fact]
    public void CityVisitedEarlierComesFirstWhateverTheOrderOfMention()
    {
        var facts = Articles.Extract("""
            Brazilian Foreign Minister Paulo Reis arrived in Tokyo on Friday after a stop in Osaka on Wednesday.
            """, Articles.On(2027, 4, 9)).Facts;

        Assert.Equal(["Osaka", "Tokyo"], Assert.Single(facts.Visits).Cities);
    }

    [Fact]
    public void LeaderHeadingToTheHostComesFromTheTravellersSide()
    {
        var facts = Articles.Extract("""
            Russian Foreign Minister Ivan Sorokin arrived in Hanoi on Monday for talks with Vietnamese Foreign Minister Bui Thanh.
            Sorokin met Bui Thanh on Tuesday.
            Analysts said the talks prepared a trip by President Pavel Orlov to Vietnam.
            """, Articles.On(2027, 4, 6)).Facts;

        Assert.Equal("Russia", Assert.Single(facts.Officials, o => o.Key == "pavel orlov").Country);
    }

    [Fact]
    public void OpeningInitialStaysInTheNameButNotInTheKey()
    {
        var facts = Articles.Extract("""
            External Affairs Minister S. Rao arrived in Canberra on Monday. Rao met Australian Foreign Minister Kate Dunn on Tuesday.
            """, Articles.On(2027, 4, 6)).Facts;

        var rao = Assert.Single(facts.Officials, o => o.Key == "rao");
        Assert.Equal("S. Rao", rao.Name);
    }

    [Fact]
    public void LeaderWithoutNationalityTakesTheCountryHisSentenceNames()
    {
        var facts = Articles.Extract("""
            Indian Foreign Minister Anil Rao arrived in Hanoi on Monday and met Vietnamese Foreign Minister Bui Thanh on Tuesday.
            President Pavel Orlov is also due in the region, the Kremlin said.
            """, Articles.On(2027, 4, 6)).Facts;

        Assert.Equal("Russia", Assert.Single(facts.Officials, o => o.Key == "pavel orlov").Country);
    }
}
