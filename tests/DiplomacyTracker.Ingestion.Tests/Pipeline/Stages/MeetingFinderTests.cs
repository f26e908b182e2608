using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class MeetingFinderTests
{
    private const string Cast = "Indian Foreign Minister Ravi Menon arrived in Brasilia on Monday. ";

    private static ArticleDocument Meetings(string text) => Articles.RunThrough("meetings", Cast + text, Articles.On(2026, 3, 13));

    private static string Key(ArticleDocument doc, int person) => doc.People[person].Key;

    [Fact]
    public void MetWithIsAHeldMeeting()
    {
        var doc = Meetings("Menon met with Brazilian Foreign Minister Joao Prado on Thursday.");
        var meeting = Assert.Single(doc.Meetings);

        Assert.Equal(ExtractedMeetingStatus.Held, meeting.Status);
        Assert.Equal(["joao prado"], meeting.Counterparts.Select(c => Key(doc, c)));
        Assert.Equal(new DateOnly(2026, 3, 12), meeting.Date);
    }

    [Fact]
    public void MeetingReportedOnlyAsExpectedIsPlanned()
    {
        var doc = Meetings("Menon is expected to meet Brazilian President Ana Lobo on Saturday.");
        var meeting = Assert.Single(doc.Meetings);

        Assert.Equal(ExtractedMeetingStatus.Planned, meeting.Status);
        Assert.Equal(new DateOnly(2026, 3, 14), meeting.Date);
    }

    [Theory]
    [InlineData("Menon would not meet Brazilian President Ana Lobo, officials said.")]
    [InlineData("Menon was not expected to meet Brazilian President Ana Lobo.")]
    [InlineData("Brazilian President Ana Lobo rebuffed a request from Menon for a meeting.")]
    public void NegatedMeetingIsNoMeeting(string text)
    {
        Assert.Empty(Meetings(text).Meetings);
    }

    [Fact]
    public void MeetingWithSomeoneWhoIsNoOfficialIsNoMeeting()
    {
        Assert.Empty(Meetings("Menon met with Acme co-founder Dan Ruiz on Thursday.").Meetings);
    }

    [Fact]
    public void MeetingsWithAListAreOneMeetingEach()
    {
        var doc = Meetings("Menon travelled for meetings with Brazilian President Ana Lobo, Finance Minister Caio Reis, and Sao Paulo Governor Rui Costa.");

        Assert.Equal(["ana lobo", "caio reis", "rui costa"], doc.Meetings.SelectMany(m => m.Counterparts).Select(c => Key(doc, c)));
    }

    [Fact]
    public void NameAfterACommaIsNotPartOfTheListOfPeopleMet()
    {
        var doc = Meetings("Spokesperson Rina Das said that at a meeting with Sao Paulo Governor Rui Costa, Menon pressed for investment.");
        var meeting = Assert.Single(doc.Meetings);

        Assert.Equal(["rui costa"], meeting.Counterparts.Select(c => Key(doc, c)));
        Assert.Null(meeting.Subject);
    }

    [Fact]
    public void VenueDurationAndCityAreRead()
    {
        var doc = Meetings("Menon held talks with Brazilian Foreign Minister Joao Prado at the Itamaraty Palace in Brasilia for a nearly four-hour meeting.");
        var meeting = Assert.Single(doc.Meetings);

        Assert.Equal("Itamaraty Palace", meeting.Venue);
        Assert.Equal("Brasilia", meeting.City);
        Assert.Equal(240, meeting.DurationMinutes);
    }

    [Theory]
    [InlineData("Menon met Brazilian Foreign Minister Joao Prado for about 90 minutes on Thursday.", 90)]
    [InlineData("Menon met Brazilian Foreign Minister Joao Prado for around 45 minutes on Thursday.", 45)]
    [InlineData("Menon met Brazilian Foreign Minister Joao Prado on Thursday for roughly two hours.", 120)]
    [InlineData("Menon held two hours of talks with Brazilian Foreign Minister Joao Prado on Thursday.", 120)]
    [InlineData("Menon held five and a half hours of talks with Brazilian Foreign Minister Joao Prado on Thursday.", 330)]
    [InlineData("Menon held an hour-long meeting with Brazilian Foreign Minister Joao Prado on Thursday.", 60)]
    public void DurationsAreReadInTheirCommonForms(string sentence, int minutes) =>
        Assert.Equal(minutes, Assert.Single(Meetings(sentence).Meetings).DurationMinutes);

    [Fact]
    public void TwoOfficialsWhoMetOnTheirOwnAreTheSubjectAndCounterpart()
    {
        var doc = Meetings("Brazilian President Ana Lobo and Argentine President Luis Vera met in Lima last November.");
        var meeting = Assert.Single(doc.Meetings);

        Assert.Equal("ana lobo", Key(doc, meeting.Subject!.Value));
        Assert.Equal(["luis vera"], meeting.Counterparts.Select(c => Key(doc, c)));
        Assert.Null(meeting.Date);
        Assert.Equal(new DateOnly(2025, 11, 1), meeting.When!.Value.From);
    }

    [Theory]
    [InlineData("Menon met Brazilian Foreign Minister Joao Prado and later President Ana Lobo.")]
    [InlineData("Menon met Brazilian Foreign Minister Joao Prado and then with President Ana Lobo.")]
    public void AListJoinedByAndLaterIsOneMeetingEach(string text)
    {
        var doc = Meetings(text);

        Assert.Equal(["joao prado", "ana lobo"], doc.Meetings.SelectMany(m => m.Counterparts).Select(c => Key(doc, c)));
    }

    [Fact]
    public void AMeetingAfterASentenceOpeningDayWithFutureTenseIsPlanned()
    {
        var doc = Meetings("On Monday, Menon is due to travel to Sao Paulo, where he will meet Governor Rui Costa.");
        var meeting = Assert.Single(doc.Meetings);

        Assert.Equal(ExtractedMeetingStatus.Planned, meeting.Status);
        Assert.Equal(new DateOnly(2026, 3, 16), meeting.Date);
    }

    [Theory]
    [InlineData("After the talks, Menon and Brazilian President Ana Lobo will fly to Recife.")]
    [InlineData("Ahead of the summit, Menon and Brazilian President Ana Lobo toured a shipyard.")]
    public void AMeetingNamedOnlyToSayWhenSomethingElseHappensIsNotReported(string text)
    {
        Assert.Empty(Meetings(text).Meetings);
    }

    [Fact]
    public void TheTalksTheSentenceReportsAreAMeeting()
    {
        var doc = Meetings("During the talks, Menon and Brazilian President Ana Lobo discussed ethanol.");

        Assert.Single(doc.Meetings);
    }
}
