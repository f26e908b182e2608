using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Shapes met in wire copy, state media and blogs that the simpler rules missed.</summary>
public sealed class GeneralShapeTests
{
    [Fact]
    public void FamilyNameThatIsAnEnglishWordFollowsATitle()
    {
        var doc = Articles.RunThrough("people", "She met Vice Premier He Ling on Friday. He said little.");

        Assert.Contains(doc.People, p => p.Key == "he ling" && p.IsOfficial);
    }

    [Fact]
    public void MonthAbbreviationCanBeAGivenName()
    {
        var doc = Articles.RunThrough("people", "Defense Minister Pak Jun declined to comment.");

        Assert.Contains(doc.People, p => p.Key == "pak jun" && p.IsOfficial);
    }

    [Fact]
    public void YearlessWireDatelineTakesTheYearItsWeekdayFits()
    {
        // 9 January fell on a Thursday in 2025.
        var doc = Articles.RunThrough("publication", "Jan. 9 (UPI) -- The foreign minister on Thursday arrived in Lima.");

        Assert.Equal(new DateOnly(2025, 1, 9), doc.Published);
        Assert.True(doc.PublishedInferred);
    }

    [Theory]
    [InlineData("Brazilian Foreign Minister Ana Reis held talks here on Monday with Chilean Foreign Minister Rui Paz.")]
    [InlineData("Chilean Foreign Minister Rui Paz was greeted at the airport by Brazilian Foreign Minister Ana Reis.")]
    public void MeetingPhraseMayBeSeparatedFromWithOrByByAFewWords(string text)
    {
        var doc = Articles.RunThrough("meetings", text, Articles.On(2026, 3, 13));
        var meeting = Assert.Single(doc.Meetings);

        Assert.Single(meeting.Counterparts);
        Assert.NotNull(meeting.Subject);
    }

    [Fact]
    public void KnownVenueCountsOnlyWhereSomethingHappensAtIt()
    {
        var doc = Articles.RunThrough("places", "It was an unusual encounter for a White House official.");

        Assert.Empty(doc.Venues);
    }

    [Fact]
    public void WeekdayJustBeforeTheTripIsTheSameWeekdayInsideIt()
    {
        // Dateline on the arrival day (Wednesday), the story updated the next day.
        var text = "PYONGYANG, Oct 18 2023 (AFP) - Russian Foreign Minister Igor Popov arrived in Pyongyang on Wednesday for a two-day visit.\n"
            + "Kim Jong Un, North Korea's leader, received Popov on Thursday.";
        var meeting = Assert.Single(Articles.Extract(text).Facts.Meetings);

        Assert.Equal(0, meeting.VisitIndex);
        Assert.Equal(new DateOnly(2023, 10, 19), meeting.Date);
        Assert.Contains("kim jong un", meeting.ParticipantKeys);
    }

    [Fact]
    public void DatelessBlogTakesItsDatesFromTheLatestDayItNames()
    {
        var text = "Three takeaways\n\nNational Security Adviser Tom Reed has wrapped up three days of talks in Hanoi. "
            + "On Thursday Reed met Vietnamese President Lan Pham.\n\nReed arrived in Hanoi on March 3, 2026 and left on March 5.";
        var result = Articles.Extract(text);
        var visit = Assert.Single(result.Facts.Visits);

        Assert.Equal(new DateOnly(2026, 3, 5), result.Published);
        Assert.Equal((new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 5)), (visit.Start!.Value, visit.End!.Value));
        Assert.Equal(new DateOnly(2026, 3, 5), Assert.Single(result.Facts.Meetings).Date);
    }

    [Fact]
    public void TravellerWithoutNationalityComesFromTheCountryTheArticleNamesMost()
    {
        var text = "Treasury Secretary Ann Cole arrived in Hanoi on Monday. Cole met Vietnamese President Lan Pham on Tuesday "
            + "and spoke with American business leaders about U.S. tariffs.";
        var facts = Articles.Extract(text, Articles.On(2026, 3, 11)).Facts;

        Assert.Equal("United States", facts.Officials.Single(o => o.Key == "ann cole").Country);
    }
}
