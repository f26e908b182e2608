using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class TourLegsTests
{
    private const string BalticTour = """
        Canadian foreign minister ends Baltic tour

        RIGA, Sept. 12, 2027 - Canadian Foreign Minister Paul Renaud finished a tour of Lithuania, Estonia and Latvia on Sunday.

        Renaud arrived in Vilnius on Thursday and met Lithuanian Foreign Minister Tomas Kairys to discuss energy security.

        On Friday he flew to Tallinn, where he held talks with Estonian Prime Minister Liis Tamm on cyber defence.

        Renaud travelled to Riga on Saturday and met Latvian President Juris Ozols on Sunday before returning to Ottawa.
        """;

    [Fact]
    public void TourGivesOneVisitPerCountryInTravelOrder()
    {
        var facts = Articles.Extract(BalticTour, Articles.On(2027, 9, 12)).Facts;

        Assert.Equal(["Lithuania", "Estonia", "Latvia"], facts.Visits.Select(v => v.HostCountry));
        Assert.Equal(["Vilnius"], facts.Visits[0].Cities);
        Assert.Equal(new DateOnly(2027, 9, 9), facts.Visits[0].Start);
        Assert.Equal(new DateOnly(2027, 9, 10), facts.Visits[0].End);
        Assert.Equal(new DateOnly(2027, 9, 10), facts.Visits[1].Start);
        Assert.Equal(new DateOnly(2027, 9, 11), facts.Visits[2].Start);
        Assert.Equal(new DateOnly(2027, 9, 12), facts.Visits[2].End);
    }

    [Fact]
    public void EachMeetingAndIssueBelongsToItsLeg()
    {
        var facts = Articles.Extract(BalticTour, Articles.On(2027, 9, 12)).Facts;

        Assert.Equal(0, Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("tomas kairys")).VisitIndex);
        Assert.Equal(1, Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("liis tamm")).VisitIndex);
        Assert.Equal(2, Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("juris ozols")).VisitIndex);
        Assert.Equal(1, Assert.Single(facts.Issues, i => i.Slug == "cyber").VisitIndex);
    }

    [Fact]
    public void WhereClauseOnASecondCityOfTheHostGivesAMeetingThereThatDay()
    {
        var facts = Articles.Extract("""
            NAIROBI, March 6, 2027 - Norwegian Defence Minister Erik Dahl arrived in Nairobi on Monday for a four-day visit to Kenya and met Kenyan Defence Minister Grace Otieno.
            On Wednesday he travelled to Mombasa, where he met the navy chief Admiral Peter Kamau.
            """, Articles.On(2027, 3, 6)).Facts;

        var visit = Assert.Single(facts.Visits);
        Assert.Equal("Kenya", visit.HostCountry);
        var meeting = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("peter kamau"));
        Assert.Contains("erik dahl", meeting.ParticipantKeys);
        Assert.Equal("Mombasa", meeting.City);
        Assert.Equal(new DateOnly(2027, 3, 3), meeting.Date);
    }

    [Fact]
    public void WhereClauseOnACityOfAThirdCountryStaysOffTheLeg()
    {
        var facts = Articles.Extract("""
            NAIROBI, March 6, 2027 - Norwegian Defence Minister Erik Dahl arrived in Nairobi on Monday for a four-day visit to Kenya and met Kenyan Defence Minister Grace Otieno.
            On Wednesday he travelled to Kampala, where he met the army chief General Musa Okello.
            """, Articles.On(2027, 3, 6)).Facts;

        var kenya = facts.Visits.Select((v, i) => (v, i)).Single(x => x.v.HostCountry == "Kenya").i;
        Assert.DoesNotContain(facts.Meetings, m => m.ParticipantKeys.Contains("musa okello") && m.VisitIndex == kenya);
    }

    [Fact]
    public void PlaceNamedWithoutTravelIsNoLeg()
    {
        var facts = Articles.Extract("""
            TOKYO, May 6, 2027 - Indian Foreign Minister Ravi Menon arrived in Tokyo on Monday for a two-day visit to Japan.
            Menon recalled the agreement reached in Jakarta and met Japanese Foreign Minister Aki Mori on Tuesday.
            """, Articles.On(2027, 5, 6)).Facts;

        Assert.Equal("Japan", Assert.Single(facts.Visits).HostCountry);
    }

    [Fact]
    public void TravellerWithoutNationalityIsFromWhereTheyReturn()
    {
        var facts = Articles.Extract("""
            Prime Minister Anan Chai returned to Bangkok on Friday after visits to Japan and South Korea.
            Anan arrived in Tokyo on Monday and held talks with Japanese Prime Minister Ken Ito.
            Anan flew to Seoul on Wednesday and met South Korean President Park Min-ho on Thursday.
            """, Articles.On(2027, 5, 7)).Facts;

        Assert.Equal("Thailand", Assert.Single(facts.Officials, o => o.Key == "anan chai").Country);
        Assert.Equal(["Japan", "South Korea"], facts.Visits.Select(v => v.HostCountry));
    }

    private const string RouteInOneSentence = """
        LIMA, May 4, 2027 - Japanese Foreign Minister Kenji Arai arrived in Peru on Tuesday at the start of a tour of South America.

        Arai met Peruvian Foreign Minister Rosa Campos in Lima on Tuesday.

        He will fly to Quito on Wednesday for talks with Ecuadorian President Mateo Vera before ending the tour in Santiago, where he is due to meet Chilean President Clara Soto on Thursday.
        """;

    [Fact]
    public void ASentenceThatTakesTheTravellerThroughSeveralCountriesGivesEachStopItsLegAndDay()
    {
        var facts = Articles.Extract(RouteInOneSentence, Articles.On(2027, 5, 4)).Facts;

        Assert.Equal(["Peru", "Ecuador", "Chile"], facts.Visits.Select(v => v.HostCountry));
        Assert.Equal(new DateOnly(2027, 5, 6), facts.Visits[2].Start);
        Assert.Equal(["Quito"], facts.Visits[1].Cities);
        var vera = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("mateo vera"));
        var soto = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("clara soto"));
        Assert.Equal((1, "Quito", new DateOnly(2027, 5, 5)), (vera.VisitIndex!.Value, vera.City, vera.Date!.Value));
        Assert.Equal((2, "Santiago", new DateOnly(2027, 5, 6)), (soto.VisitIndex!.Value, soto.City, soto.Date!.Value));
    }

    [Theory]
    [InlineData("He is no longer scheduled to fly to Quito on Wednesday after he visits Santiago.")]
    [InlineData("He will fly to Quito on Wednesday before he returns to Tokyo on Friday.")]
    [InlineData("It was the first visit to Peru by a Japanese minister since 2019, after a stop in Panama.")]
    public void ASentenceThatCallsARouteOffGoesHomeOrNamesWhereFromMakesNoStops(string sentence)
    {
        var facts = Articles.Extract($"""
            LIMA, May 4, 2027 - Japanese Foreign Minister Kenji Arai arrived in Peru on Tuesday.

            Arai met Peruvian Foreign Minister Rosa Campos in Lima on Tuesday.

            {sentence}
            """, Articles.On(2027, 5, 4)).Facts;

        Assert.DoesNotContain(facts.Visits, v => v.HostCountry is "Chile" or "Japan");
        Assert.Equal("Peru", facts.Visits[0].HostCountry);
    }

    [Fact]
    public void ATripSummedUpInTheLedeThenTheNextStopOnItsOwnDayGivesTwoLegs()
    {
        var facts = Articles.Extract("""
            LIMA, May 4, 2027 - Japanese Foreign Minister Kenji Arai held talks with Peruvian Foreign Minister Rosa Campos in Lima on Tuesday, at the start of a visit that will also take him to Ecuador.

            Arai, who arrived in Lima late on Monday, also met President Luis Prado.

            Arai travels on Wednesday to Quito, where he will meet Ecuadorian President Mateo Vera on Thursday.
            """, Articles.On(2027, 5, 4)).Facts;

        Assert.Equal(["Peru", "Ecuador"], facts.Visits.Select(v => v.HostCountry));
        Assert.Equal(new DateOnly(2027, 5, 5), facts.Visits[1].Start);
        var vera = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("mateo vera"));
        Assert.Equal((1, ExtractedMeetingStatus.Planned, new DateOnly(2027, 5, 6)), (vera.VisitIndex!.Value, vera.Status, vera.Date!.Value));
    }

    [Fact]
    public void AStopTheLedeDatesIsALegEvenWhenOnlyTheNextStopHasATravelPhrase()
    {
        var facts = Articles.Extract("""
            LIMA, May 4, 2027 - Japanese Foreign Minister Kenji Arai held talks with Peruvian Foreign Minister Rosa Campos in Lima on Tuesday, at the start of a visit that will also take him to Ecuador.

            Arai travels on Wednesday to Quito, where he will meet Ecuadorian President Mateo Vera on Thursday.
            """, Articles.On(2027, 5, 4)).Facts;

        Assert.Equal(["Peru", "Ecuador"], facts.Visits.Select(v => v.HostCountry));
        Assert.Equal(0, Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("rosa campos")).VisitIndex);
    }

    private const string TourToldByDays = """
         date 2027-05-19
        Kenyan foreign minister ends three-nation tour

        NAIROBI (Reuters) - Kenyan Foreign Minister Amina Otieno returned to Nairobi on Wednesday after a tour that took her to Ghana, Senegal and the Gambia.

        In Accra on Sunday, Otieno met Ghanaian Foreign Minister Kwame Boateng to discuss cocoa prices.

        A day later she was in Dakar, where she held talks with Senegalese Prime Minister Moussa Diallo on fisheries.

        She ended the tour in Banjul on Tuesday with a meeting with Gambian President Lamin Jatta.
        """;

    [Fact]
    public void StopsToldByTheDayOrADayLaterEachGiveALeg()
    {
        // "A day later she was in Dakar": the sentence goes on about the traveller and is on the day after Sunday; "the
        // Gambia" closes the tour's list of countries.
        var facts = Articles.Extract(TourToldByDays, Articles.On(2027, 5, 19)).Facts;

        Assert.Equal(["Ghana", "Senegal", "Gambia"], facts.Visits.Select(v => v.HostCountry));
        Assert.Equal(new DateOnly(2027, 5, 16), facts.Visits[0].Start);
        Assert.Equal(new DateOnly(2027, 5, 17), facts.Visits[1].Start);
        Assert.Equal(new DateOnly(2027, 5, 18), facts.Visits[2].Start);
        var diallo = Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("moussa diallo"));
        Assert.Equal(1, diallo.VisitIndex);
        Assert.Equal(new DateOnly(2027, 5, 17), diallo.Date);
        Assert.Equal(2, Assert.Single(facts.Meetings, m => m.ParticipantKeys.Contains("lamin jatta")).VisitIndex);
    }
}
