using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Title Case headlines, stacked titles, more meeting shapes, clause dates, metonyms and officials' countries.</summary>
public sealed class HeadlineTitleAndMeetingShapeTests
{
    [Fact]
    public void TitleCaseHeadlineVerbDoesNotJoinAName()
    {
        var text = "Spokesperson Announces Ana Ruiz's Visit To Chile\n\nPeruvian Foreign Minister Ana Ruiz will visit Chile next week.";
        var doc = Articles.RunThrough("people", text, Articles.On(2026, 5, 4));

        Assert.DoesNotContain(doc.People, p => p.Key.Contains("announces", StringComparison.Ordinal));
        Assert.Contains(doc.People, p => p.Key == "ana ruiz" && p.IsOfficial);
    }

    [Fact]
    public void NameOnlyInATitleCaseHeadlineIsNoOfficial()
    {
        var text = "Minister Ole Brandt Meets Farmers In Oslo\n\nThe talks covered grain prices.";
        var doc = Articles.RunThrough("people", text, Articles.On(2026, 5, 4));

        Assert.Empty(doc.People);
    }

    [Fact]
    public void ANameInAnOrdinaryHeadlineNeedsNoConfirmation()
    {
        var doc = Articles.RunThrough("people", "Foreign Minister Ole Brandt visits Chile\n\nThe talks covered grain prices.", Articles.On(2026, 5, 4));

        Assert.Contains(doc.People, p => p.Key == "ole brandt" && p.IsOfficial);
    }

    [Theory]
    [InlineData("Member of the Political Bureau of the Party Central Committee and Foreign Minister Li Wen arrived in Lima.")]
    [InlineData("Deputy Prime Minister and Foreign Minister Li Wen arrived in Lima.")]
    public void StackedTitlesGiveTheTitleAtTheHead(string text)
    {
        var doc = Articles.RunThrough("people", text, Articles.On(2026, 5, 4));
        var li = Assert.Single(doc.People, p => p.Key == "li wen");

        Assert.Equal("Foreign Minister", Assert.Single(li.Titles).Title);
    }

    [Fact]
    public void ConjunctionInsideOneTitleIsNoStack()
    {
        var doc = Articles.RunThrough("people", "Minister of Trade and Industry Li Wen arrived in Lima.", Articles.On(2026, 5, 4));

        Assert.Equal("Minister of Trade and Industry", Assert.Single(Assert.Single(doc.People).Titles).Title);
    }

    [Theory]
    [InlineData("During the visit, Li Wen will hold the fifth Peru-China strategic dialogue on security with Foreign Minister Ana Ruiz in Lima.", ExtractedMeetingStatus.Planned)]
    [InlineData("Foreign Minister Li Wen co-chaired the joint commission meeting with Foreign Minister Ana Ruiz in Lima.", ExtractedMeetingStatus.Held)]
    [InlineData("Foreign Minister Li Wen held the annual consultations with Foreign Minister Ana Ruiz in Lima.", ExtractedMeetingStatus.Held)]
    public void NamedDialoguesAndConsultationsAreMeetings(string text, ExtractedMeetingStatus status)
    {
        var doc = Articles.RunThrough("meetings", "Peruvian Foreign Minister Ana Ruiz greeted the press. " + text, Articles.On(2026, 5, 4));
        var meeting = Assert.Single(doc.Meetings, m => m.Sentence == 1);

        Assert.Equal(status, meeting.Status);
        Assert.Equal("ana ruiz", doc.People[Assert.Single(meeting.Counterparts)].Key);
    }

    [Fact]
    public void RelativeClauseDateDoesNotDateTheMainClause()
    {
        var text = "U.S. President Dan Moore welcomed Japanese Prime Minister Ken Sato to the White House on Wednesday.\n"
            + "Sato, who arrived on Monday, held talks with Moore in the Oval Office.";
        var meeting = Assert.Single(Articles.Extract(text, Articles.On(2026, 4, 8)).Facts.Meetings);

        Assert.Equal(new DateOnly(2026, 4, 8), meeting.Date);
    }

    [Fact]
    public void NobodyTravelsToTheirOwnCountry()
    {
        var text = "Ukrainian President Taras Koval was met at the airport by Polish Prime Minister Jan Nowak on Monday at the start of a four-day visit to Poland.";
        var doc = Articles.RunThrough("trip", text, Articles.On(2026, 3, 2));

        Assert.Equal("taras koval", doc.People[doc.Trip!.Traveler].Key);
        Assert.Equal("Poland", doc.Trip.HostCountry);
        Assert.Equal(new DateOnly(2026, 3, 5), doc.Trip.End);
    }

    [Fact]
    public void CapitalStandingForItsGovernmentIsNoCityVisited()
    {
        var text = "German Chancellor Eva Roth arrived in Shanghai on Sunday, where she is expected to press Beijing on market access.\n"
            + "Roth will raise Beijing's ties with Moscow.";
        var doc = Articles.RunThrough("trip", text, Articles.On(2026, 4, 14));

        Assert.Equal(["Shanghai"], doc.Trip!.Cities);
    }

    [Fact]
    public void CityAfterAPlaceWordIsVisited()
    {
        var text = "German Chancellor Eva Roth arrived in Shanghai on Sunday and will travel to Beijing on Tuesday.";
        var doc = Articles.RunThrough("trip", text, Articles.On(2026, 4, 14));

        Assert.Equal(["Shanghai", "Beijing"], doc.Trip!.Cities);
    }

    [Fact]
    public void BareTitleBesideTheTravellerServesTheHostAndTheSpokesmanTheTraveller()
    {
        var text = "German Chancellor Eva Roth arrived in Beijing on Sunday for a three-day visit to China.\n"
            + "Roth would not meet Defense Minister Zhou Ming on this trip.\n"
            + "\"The talks were frank,\" said government spokesman Kurt Lang.";
        var officials = Articles.Extract(text, Articles.On(2026, 4, 14)).Facts.Officials;

        Assert.Equal("China", Assert.Single(officials, o => o.Key == "zhou ming").Country);
        Assert.Equal("Germany", Assert.Single(officials, o => o.Key == "kurt lang").Country);
        Assert.Equal("Germany", Assert.Single(officials, o => o.Key == "eva roth").Country);
    }

    [Fact]
    public void SpeakerAfterACommaIsNoAppositive()
    {
        var doc = Articles.RunThrough("people", "They discussed the Pearl Reef, an Australian defence official said.", Articles.On(2026, 5, 4));

        Assert.DoesNotContain(doc.People, p => p.IsOfficial);
    }

    [Fact]
    public void VisitingBeforeATitleMarksTheTraveller()
    {
        var text = "Foreign Minister Siti Ayu received visiting Foreign Minister Lars Berg of Sweden in Jakarta on Wednesday.\n"
            + "Siti Ayu said the talks were warm. Siti Ayu thanked the delegation.";
        var doc = Articles.RunThrough("trip", text, Articles.On(2026, 2, 12));

        Assert.Equal("lars berg", doc.People[doc.Trip!.Traveler].Key);
        Assert.Equal("Indonesia", doc.Trip.HostCountry);
    }

    [Fact]
    public void DayBeforeAndDatesTheEarlierClause()
    {
        var text = "U.S. Vice President Kay Moss flew to Dar es Salaam on Wednesday and held talks with Tanzanian President Ana Juma on Thursday.";
        var meeting = Assert.Single(Articles.RunThrough("meetings", text, Articles.On(2026, 3, 27)).Meetings);

        Assert.Equal(new DateOnly(2026, 3, 26), meeting.Date);
    }

    [Fact]
    public void CityStateIsACityVisited()
    {
        var doc = Articles.RunThrough("trip", "Australian Defence Minister Tom Reid arrived in Singapore on Friday for a security forum.", Articles.On(2026, 5, 30));

        Assert.Equal(["Singapore"], doc.Trip!.Cities);
    }

    [Fact]
    public void TitleGivenToASurnameGoesToTheFullNameSeenBefore()
    {
        var text = "OTTAWA, Jan. 20, 2026 (CP) - The prime minister named Sophie Lapointe as finance minister on Monday.\nLapointe, a former trade minister, spoke briefly.";
        var official = Assert.Single(Articles.Extract(text).Facts.Officials);

        Assert.Equal("sophie lapointe", official.Key);
        Assert.Equal("Canada", official.Country);
    }
}
