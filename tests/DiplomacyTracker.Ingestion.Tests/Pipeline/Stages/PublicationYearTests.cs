namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>The publication date of pages that print none plainly: keywords, captions, weekdays, anniversaries.</summary>
public sealed class PublicationYearTests
{
    private static DateOnly? Published(string text) => Articles.RunThrough("publication", text).Published;

    [Fact]
    public void KeywordDateWinsOverTheDateThePageWasSaved()
    {
        Assert.Equal(new DateOnly(2025, 6, 23), Published("""
            SITE MENU
            header-logo Friday, 14 March 2026

            Ministers agree on a rail link

            Staff Reporter Published 23.06.25, 10:47 PM
            The two ministers met on Thursday.
            """));
    }

    [Fact]
    public void FilePictureDateIsNotTheNewsOfTheDay()
    {
        Assert.Equal(new DateOnly(2024, 6, 13), Published("""
            Premier lands in Fiji
            The premier attends a meeting in Beijing on April 1, 2024.
            PHOTO: Agency file
            SUVA - The premier landed in Suva on Thursday (June 13) for three days of talks.
            """));
    }

    [Fact]
    public void CaptionDateOfTheDayStillDatesTheArticle()
    {
        Assert.Equal(new DateOnly(2024, 7, 28), Published("""
            Premier meets visiting president
            The premier holds talks with the visiting president in Hanoi, July 28, 2024. (Agency/Photographer)
            The premier held talks with the president here on Sunday.
            """));
    }

    [Fact]
    public void AnniversaryGivesTheYearOfDaysNamedWithoutOne()
    {
        Assert.Equal(new DateOnly(2023, 9, 10), Published(
            "The president will fly into Manila on Sept. 10 and leave the same day for a ceremony marking 22 years since the Sept. 11, 2001, attacks."));
    }

    [Fact]
    public void ColonDatelineTakesTheYearOfTheDayItWasReported()
    {
        // July 25 was a Thursday in 2024 (and a Saturday in 2026): the ministry "said Thursday".
        Assert.Equal(new DateOnly(2024, 7, 25), Published(
            "Rome, July 25 (Agency):The prime minister will visit Chile for five days from Saturday, the ministry said Thursday."));
    }

    [Fact]
    public void DatelineWithAgencyInSlashesIsADateline()
    {
        var doc = Articles.RunThrough("sentences", "OSAKA, May 17. /Agency/. The president will continue his visit to Japan.");

        Assert.Single(doc.Datelines);
    }

    [Fact]
    public void DatelineAfterADateMarkerIsADateline()
    {
        var doc = Articles.RunThrough("sentences", " date 2024-01-25 Jaipur, Jan 25 (PTI) The French president arrived in the city.");

        Assert.Single(doc.Datelines);
    }

    [Fact]
    public void MonthOfLastYearIsLastYears()
    {
        var doc = Articles.RunThrough("dates", "The premier, who took office in March last year, arrived on Monday.", Articles.On(2024, 6, 19));

        var march = Assert.Single(doc.Dates, d => d.From.Month == 3);
        Assert.Equal(2023, march.From.Year);
    }
}
