using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class PastTripFinderTests
{
    private static ArticleFacts Facts(string passing) => Articles.Extract($"""
        SEOUL, Oct. 8, 2027 - Australian Foreign Minister Grace Hollis arrived in Seoul on Tuesday for a two-day visit to South Korea.
        Hollis met South Korean Foreign Minister Kim Do-yun on Wednesday.
        {passing}
        """, Articles.On(2027, 10, 8)).Facts;

    [Fact]
    public void TripDatedToAMonthIsASeparateVisit()
    {
        var facts = Facts("Hollis, who visited Hanoi in March 2026, said the region needed calm.");

        Assert.Equal(2, facts.Visits.Count);
        var earlier = Assert.Single(facts.Visits, v => v.HostCountry == "Vietnam");
        Assert.Equal(new DateOnly(2026, 3, 1), earlier.Start);
        Assert.Equal(["Hanoi"], earlier.Cities);
        Assert.Equal("South Korea", facts.Visits[0].HostCountry);
        Assert.All(facts.Meetings, m => Assert.Equal(0, m.VisitIndex));
    }

    [Fact]
    public void EarlierTripToTheSameHostStaysApart()
    {
        var facts = Facts("It was her second trip to South Korea since her first visit to Seoul in May 2026.");

        Assert.Equal(2, facts.Visits.Count(v => v.HostCountry == "South Korea"));
        Assert.Equal(new DateOnly(2027, 10, 5), facts.Visits[0].Start);
    }

    [Theory]
    [InlineData("Hollis visited Japan in 2019.")]
    [InlineData("Hollis has visited Japan several times.")]
    [InlineData("Hollis will travel to Japan in December.")]
    [InlineData("Hollis will travel to Japan next month, her first trip to Japan since March.")]
    [InlineData("Hollis will travel to Japan and Laos next week, her first trip to Asia since March, officials said.")]
    [InlineData("Hollis postponed a trip to Japan planned for August 2027.")]
    public void UndatedFutureOrCancelledTripsAreLeftOut(string passing)
    {
        Assert.DoesNotContain(Facts(passing).Visits, v => v.HostCountry == "Japan");
    }

    [Fact]
    public void IssueOfAnUndatedOtherTripBelongsToNoVisit()
    {
        var facts = Facts("Hollis returned in August 2026 for a climate conference, though she held no talks then.");

        Assert.Null(Assert.Single(facts.Issues, i => i.Slug == "climate").VisitIndex);
    }

    [Fact]
    public void NextYearWithoutTravelLeavesTheIssueWithTheTrip()
    {
        var facts = Facts("Hollis said both countries would defend their trade pact ahead of next year's review.");

        Assert.Equal(0, Assert.Single(facts.Issues, i => i.Slug == "trade-practices").VisitIndex);
    }

    [Fact]
    public void TalksOnAnUndatedEarlierTripElsewhereAreNotPutOnThisOne()
    {
        var facts = Facts("Hollis has already travelled to Japan and Vietnam, where she met Prime Minister Aiko Mori.");

        Assert.Equal("South Korea", Assert.Single(facts.Visits).HostCountry);
        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("aiko mori"));
    }

    [Theory]
    [InlineData("Hollis also met Prime Minister Han Min-su and secured a visit to Canberra by Han.")]
    [InlineData("Hollis also met Prime Minister Han Min-su before she flew home to Canberra.")]
    public void TalksBeforeATripHomeOrSomeoneElsesTripStayOnThisOne(string passing)
    {
        var facts = Facts(passing);

        Assert.Contains(facts.Meetings, m => m.VisitIndex == 0 && m.ParticipantKeys.Contains("han min su"));
    }

    [Fact]
    public void AnArticleThatOnlyRecallsATripMakesThePastTripAndNoUndatedOne()
    {
        var facts = Articles.Extract("""
            SINGAPORE (Reuters) - When Australian Prime Minister Ann Hale visited Hanoi last September, Vietnam upgraded its ties with Australia.

            "It was a turning point," said Dao Minh, an analyst at a Hanoi think tank.
            """, Articles.On(2027, 5, 10)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal(("Vietnam", new DateOnly(2026, 9, 1)), (visit.HostCountry, visit.Start!.Value));
        Assert.NotEmpty(visit.Evidence);
    }

    [Fact]
    public void TalksInAWhereClauseOnAThirdCountryAreNotOnThisTrip()
    {
        var facts = Facts("Hollis came to Seoul a day after visiting Japan, where she met Prime Minister Aiko Mori.");

        Assert.DoesNotContain(facts.Meetings, m => m.VisitIndex == 0 && m.ParticipantKeys.Contains("aiko mori"));
    }

    [Fact]
    public void TalksInAWhereClauseOnTheHostCountryStay()
    {
        var facts = Facts("Hollis later flew to Busan, where she met Mayor Park Jin-ho.");

        Assert.Contains(facts.Meetings, m => m.VisitIndex == 0 && m.ParticipantKeys.Contains("park jin ho"));
    }
}
