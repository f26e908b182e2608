using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class DateMentionFinderTests
{
    // 2026-03-13 is a Friday.
    private static readonly DateTimeOffset Friday = Articles.On(2026, 3, 13);

    private static List<DateMention> Dates(string text, DateTimeOffset? published = null) =>
        Articles.RunThrough("dates", text, published ?? Friday).Dates.ToList();

    [Theory]
    [InlineData("The minister met the premier on Thursday.", 2026, 3, 12)]
    [InlineData("The minister said late Wednesday that talks went well.", 2026, 3, 11)]
    [InlineData("The minister met the premier Friday afternoon.", 2026, 3, 13)]
    [InlineData("The minister will meet the premier on Monday.", 2026, 3, 16)]
    [InlineData("The minister is expected to meet the king Saturday.", 2026, 3, 14)]
    [InlineData("Officials praised Sunday's meeting.", 2026, 3, 8)]
    [InlineData("On Tuesday, the minister is due to fly to Lagos.", 2026, 3, 17)]
    [InlineData("The minister travels on to Lagos on Tuesday.", 2026, 3, 17)]
    [InlineData("The minister accepted an invitation to visit Lagos on Tuesday.", 2026, 3, 17)]
    [InlineData("The minister travelled to Lagos on Tuesday.", 2026, 3, 10)]
    [InlineData("On Tuesday the minister will open the embassy.", 2026, 3, 17)]
    [InlineData("On Tuesday, the minister said he will return.", 2026, 3, 10)]
    [InlineData("On Tuesday, the minister met the premier and will fly on to Lagos.", 2026, 3, 10)]
    public void WeekdaysResolveBeforeOrAfterThePublicationDateByTense(string text, int year, int month, int day)
    {
        var date = Assert.Single(Dates(text));

        Assert.Equal(new DateOnly(year, month, day), date.From);
        Assert.Equal(DateKind.Day, date.Kind);
    }

    [Fact]
    public void EarlierInTheDayIsTheDayLastMentioned()
    {
        var dates = Dates("The minister met the king on Tuesday. Earlier in the day, she toured a port.");

        Assert.Equal(new DateOnly(2026, 3, 10), dates[1].From);
    }

    [Fact]
    public void TodayIsThePublicationDayWhateverDayWasMentionedBefore()
    {
        var dates = Dates("The minister met the king on Tuesday. The envoy will call on her today.");

        Assert.Equal(new DateOnly(2026, 3, 10), dates[0].From);
        Assert.Equal(new DateOnly(2026, 3, 13), dates[1].From);
    }

    [Theory]
    [InlineData("The visit runs from March 9-11.", 9, 11)]
    [InlineData("She travels from March 9 to March 12.", 9, 12)]
    public void RangesKeepBothEnds(string text, int from, int to)
    {
        var date = Assert.Single(Dates(text));

        Assert.Equal(DateKind.Range, date.Kind);
        Assert.Equal(new DateOnly(2026, 3, from), date.From);
        Assert.Equal(new DateOnly(2026, 3, to), date.To);
    }

    [Fact]
    public void LastNovemberIsTheNovemberBeforePublication()
    {
        var date = Assert.Single(Dates("The leaders met last November."));

        Assert.Equal(DateKind.Month, date.Kind);
        Assert.Equal(new DateOnly(2025, 11, 1), date.From);
        Assert.Equal(new DateOnly(2025, 11, 30), date.To);
    }

    [Fact]
    public void DayAndMonthWithoutYearTakeTheNearestYear()
    {
        var date = Assert.Single(Dates("Talks were held on 11 March."));

        Assert.Equal(new DateOnly(2026, 3, 11), date.From);
    }

    [Fact]
    public void WithoutPublicationDateRelativeMentionsAreLeftOut()
    {
        var doc = Articles.RunThrough("dates", "The minister met the premier on Thursday.");

        Assert.Empty(doc.Dates);
    }

    [Fact]
    public void TheModalMayIsNoMonth()
    {
        Assert.Empty(Dates("The minister may meet the premier."));
    }
}

public sealed class AsideAnchorTests
{
    [Fact]
    public void DayInAnAsideIsNoAnchorForRelativeDays()
    {
        const string text = "Lima, Mar 5 (Wire) Chilean President Rosa Vidal arrived Thursday in Lima.\n\n" +
                            "Vidal, who is the guest of honour at the national day parade on March 7, was touring the old town and was to meet students later in the day.";
        var doc = Articles.RunThrough("dates", text, Articles.On(2026, 3, 5));

        var later = Assert.Single(doc.Dates, d => text.Substring(d.Start, d.Length) == "later in the day");
        Assert.Equal(new DateOnly(2026, 3, 5), later.From);
    }

    private static List<DateMention> DatesOf(string text) => Articles.RunThrough("dates", text, Articles.On(2026, 3, 13)).Dates.ToList();

    [Theory]
    [InlineData("Protests followed the March 2 elections in the capital.")]
    [InlineData("The envoy spoke of the Feb. 27 attacks on the border post.")]
    [InlineData("Relations soured after their Jan. 9 arrests.")]
    public void ADayThatNamesAnEventIsNotWhenTheSentenceHappens(string text)
    {
        Assert.Empty(DatesOf(text));
    }

    [Theory]
    [InlineData("The March 10 meeting in the capital went ahead.", 3, 10)]
    [InlineData("The minister arrived on March 2 in the capital.", 3, 2)]
    [InlineData("The minister met the premier on March 2 and March 3.", 3, 2)]
    public void ADayOfAMeetingOrOfTheSentenceStays(string text, int month, int day)
    {
        Assert.Contains(DatesOf(text), d => d.From == new DateOnly(2026, month, day));
    }

    [Fact]
    public void ADayWeeksAheadIsTheComingOneNotTheOneAlmostAYearBack()
    {
        var date = Assert.Single(DatesOf("The president accepted an offer to address parliament on April 20."));

        Assert.Equal(new DateOnly(2026, 4, 20), date.From);
    }

    [Fact]
    public void ADayAFewMonthsBackStaysInThePast()
    {
        var date = Assert.Single(DatesOf("The president addressed parliament on November 20."));

        Assert.Equal(new DateOnly(2025, 11, 20), date.From);
    }

    [Fact]
    public void ADayAheadAfterADayAheadJustNamedIsOnOrAfterIt()
    {
        // Published on a Friday: "Monday" is the 16th, and the Friday after it the 20th, not the day of publication.
        var dates = DatesOf("The minister will be in Lagos on Monday. She will then travel to Accra, where she will meet the president on Friday.");

        Assert.Equal([new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 20)], dates.Select(d => d.From));
    }

    [Fact]
    public void ADayLaterCountsFromTheDayNamedBefore()
    {
        var dates = DatesOf("The minister met the premier on Tuesday. A day later she flew to Lagos.");

        Assert.Equal(new DateOnly(2026, 3, 11), dates.Last().From);
    }

    [Fact]
    public void ADayAfterAnEventLooksBackNotForward()
    {
        // "on Thursday, a day after she landed": the landing was Wednesday; the phrase gives Thursday no second day.
        var dates = DatesOf("The minister met the premier on Thursday, a day after she landed in Lagos.");

        Assert.DoesNotContain(dates, d => d.From == new DateOnly(2026, 3, 13));
        Assert.Contains(dates, d => d.From == new DateOnly(2026, 3, 12));
    }
}
