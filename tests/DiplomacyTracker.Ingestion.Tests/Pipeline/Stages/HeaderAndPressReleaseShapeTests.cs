using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Publication dates in other header shapes, yearless datelines, and the shapes of ministry press releases.</summary>
public sealed class HeaderAndPressReleaseShapeTests
{
    [Theory]
    [InlineData("Minister lands in Suva\nSat 15 Jun 2024 08.30 AEST\nThe minister arrived.", 2024, 6, 15)]
    [InlineData("2024-12-01 | Ministry of Foreign Affairs\nThe minister arrived in Lima.", 2024, 12, 1)]
    [InlineData("OSLO, July 8, 2024 (Reuters) - The minister arrived in Oslo on Monday.", 2024, 7, 8)]
    [InlineData("Minister in Lima\nPublished on 24 July 2024\nThe minister arrived.", 2024, 7, 24)]
    public void ReadsTheDateFromOtherHeaderShapes(string text, int year, int month, int day)
    {
        var doc = Articles.RunThrough("publication", text);

        Assert.Equal(new DateOnly(year, month, day), doc.Published);
        Assert.False(doc.PublishedInferred);
    }

    [Fact]
    public void YearlessDatelineTakesItsYearFromAWeekdayAndDayPairedLaterInTheText()
    {
        // 26 October fell on a Thursday in 2023; the lead's "Thursday" is the day before the dateline.
        var text = "LIMA, Oct. 27 (Xinhua) -- Peruvian Foreign Minister Ana Ruiz held talks with U.S. officials on Thursday.\n"
            + "Ruiz arrived on Thursday for a three-day visit from Oct. 26 to 28.";
        var doc = Articles.RunThrough("publication", text);

        Assert.Equal(new DateOnly(2023, 10, 27), doc.Published);
    }

    [Fact]
    public void WeekdayAndDayAClauseApartAreNoPairing()
    {
        // 28 August fell on a Monday in 2023; the 27th of the relative clause is another day and must not pair with Monday.
        var text = "QUITO, Aug. 28 (Xinhua) -- Ecuadorian Trade Minister Luis Vera held talks here on Monday with Chilean Trade Minister Rosa Diaz, "
            + "who is on a visit from Aug. 27 to Aug. 30.";
        var doc = Articles.RunThrough("publication", text);

        Assert.Equal(new DateOnly(2023, 8, 28), doc.Published);
    }

    [Fact]
    public void HasArrivedStartsTheVisitOnThePublicationDay()
    {
        var doc = Articles.RunThrough("trip", "Kenyan Foreign Minister Amina Odhiambo has arrived in Berlin for talks on trade.", Articles.On(2026, 5, 5));

        Assert.Equal(new DateOnly(2026, 5, 5), doc.Trip!.Start);
    }

    [Fact]
    public void HonorificBetweenTitleAndNameBelongsToNeither()
    {
        var doc = Articles.RunThrough("people", "External Affairs Minister Dr. R. Menon paid an official visit to Chile.");
        var menon = Assert.Single(doc.People, p => p.IsOfficial);

        Assert.Equal("menon", menon.Key);
        Assert.Equal("External Affairs Minister", Assert.Single(menon.Titles).Title);
    }

    [Fact]
    public void TitleInitialsNameTheOfficialWithThatTitle()
    {
        var text = "External Affairs Minister R. Menon paid an official visit to Chile from 4 to 6 May 2026.\n"
            + "In Santiago, EAM held talks with Chilean Foreign Minister Rosa Diaz on 5 May.";
        var doc = Articles.RunThrough("trip", text);

        Assert.Equal("Chile", doc.Trip!.HostCountry);
        Assert.Equal(["Santiago"], doc.Trip.Cities);
        Assert.Equal(new DateOnly(2026, 5, 4), doc.Trip.Start);
        Assert.Equal(new DateOnly(2026, 5, 6), doc.Trip.End);
        Assert.Contains(doc.Mentions, m => m.Sentence == 1 && doc.People[m.Person].Key == "menon");
    }

    [Fact]
    public void InitialsSharedByTwoOfficialsNameNeither()
    {
        var text = "Foreign Minister Rosa Diaz met Finance Minister Luis Vera. FM said little.";
        var doc = Articles.RunThrough("people", text);

        Assert.DoesNotContain(doc.Mentions, m => m.Sentence == 1);
    }

    [Fact]
    public void SecondVerbAfterAndSharesTheFirstVerbsSubject()
    {
        var text = "Peruvian Foreign Minister Ana Ruiz met U.S. National Security Adviser Tom Hale on Friday and is expected to meet President Dan Moore on Saturday.";
        var doc = Articles.RunThrough("meetings", text, Articles.On(2026, 5, 8));
        var planned = Assert.Single(doc.Meetings, m => m.Status == ExtractedMeetingStatus.Planned);

        Assert.NotEqual("tom hale", planned.Subject is { } s ? doc.People[s].Key : null);
    }

    [Fact]
    public void GoingOnToAnotherCountryEndsTheVisit()
    {
        var text = "Japanese Prime Minister Ken Sato arrived in Lima on Saturday. He will travel on to Chile on Tuesday evening.";
        var doc = Articles.RunThrough("trip", text, Articles.On(2026, 5, 9));

        Assert.Equal("Peru", doc.Trip!.HostCountry);
        Assert.Equal(new DateOnly(2026, 5, 12), doc.Trip.End);
    }
}
