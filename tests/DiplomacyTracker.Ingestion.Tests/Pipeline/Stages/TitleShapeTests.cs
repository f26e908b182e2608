using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Title shapes of real coverage: complements, abbreviations, ranks and initials.</summary>
public sealed class TitleShapeTests
{
    private static ArticleDocument People(string text) => Articles.RunThrough("people", text, Articles.On(2026, 3, 13));

    private static Person Official(string text, string key)
    {
        var person = People(text).People.FirstOrDefault(p => p.Key == key);
        Assert.NotNull(person);
        Assert.True(person.IsOfficial, $"{key} is not an official");
        return person;
    }

    [Theory]
    [InlineData("The talks were attended by Ambassador to Kenya Rita Alves.", "rita alves", "Ambassador")]
    [InlineData("Also present was Peru's Ambassador to Kenya, Rita Alves.", "rita alves", "Ambassador")]
    [InlineData("Deputy Assistant to the President and Director for Africa at the National Security Council Omar Bello took notes.", "omar bello", "Director for Africa")]
    public void ComplementWithToOrAtStaysInTheTitle(string text, string key, string title)
    {
        Assert.Contains(Official(text, key).Titles, t => t.Title.StartsWith(title, StringComparison.Ordinal));
    }

    [Fact]
    public void WhereAnAmbassadorIsPostedIsNotWhomTheyServe()
    {
        Assert.NotEqual("Kenya", Official("The talks were attended by Ambassador to Kenya Rita Alves.", "rita alves").Country);
    }

    [Theory]
    [InlineData("The mayor was joined by Sen. Tom Reyes and Rep. Ann Lee.", "tom reyes", "Sen.")]
    [InlineData("The mayor was joined by Sen. Tom Reyes and Rep. Ann Lee.", "ann lee", "Rep.")]
    [InlineData("The briefing was given by Lt. Gen. Pavel Orlov of the air force.", "pavel orlov", "Lt. Gen.")]
    [InlineData("The briefing was given by Lieutenant General Pavel Orlov.", "pavel orlov", "Lieutenant General")]
    public void AbbreviatedTitlesAndRanksMakeOfficials(string text, string key, string title)
    {
        Assert.Contains(Official(text, key).Titles, t => t.Title == title);
    }

    [Theory]
    [InlineData("She later met the navy chief Admiral Kofi Mensah at the harbour.", "kofi mensah")]
    [InlineData("She later met the security chief Lena Brandt at the ministry.", "lena brandt")]
    public void LowerCaseServiceWordBeforeAWeakTitleMakesAnOfficial(string text, string key)
    {
        Official(text, key);
    }

    [Fact]
    public void LowerCaseCompanyWordBeforeAWeakTitleMakesNoOfficial()
    {
        var person = People("She later met the industry chief Lena Brandt of a carmaker.").People.FirstOrDefault(p => p.Key == "lena brandt");

        Assert.False(person?.IsOfficial ?? false);
    }

    [Fact]
    public void InitialWithoutItsPeriodOpensTheName()
    {
        var person = Official("Foreign Minister K Raman said the talks went well.", "raman");

        Assert.Equal("K Raman", person.Name);
    }

    [Theory]
    [InlineData("A Brazilian delegation arrived on Monday.")]
    [InlineData("I Think So, the band, played at the dinner.")]
    public void ArticleAndPronounAreNoInitials(string text)
    {
        Assert.DoesNotContain(People(text).People, p => p.Key.Length == 1 || p.Name.StartsWith("A ", StringComparison.Ordinal) || p.Name.StartsWith("I ", StringComparison.Ordinal));
    }

    [Fact]
    public void RankWordsDoNotCutAFormerLeadersName()
    {
        var person = Official("Guests have included then British Prime Minister Colin Major and others.", "colin major");

        Assert.Equal("Colin Major", person.Name);
    }

    [Theory]
    [InlineData("External Affairs Minister Rohan Mehta said the talks went well.", "rohan mehta", "India")]
    [InlineData("Union Minister of Ports Kavya Rao was also present.", "kavya rao", "India")]
    [InlineData("Chief Cabinet Secretary Ken Mori told reporters the visit was useful.", "ken mori", "Japan")]
    public void AnOfficeOnlyOneGovernmentHasNamesItsHoldersCountry(string text, string key, string country)
    {
        Assert.Equal(country, Official(text, key).Country);
    }

    [Theory]
    [InlineData("Foreign Minister Rohan Mehta said the talks went well.", "rohan mehta")]
    [InlineData("Minister of Ports Kavya Rao was also present.", "kavya rao")]
    public void AnOfficeManyGovernmentsHaveNamesNoCountry(string text, string key)
    {
        Assert.Null(Official(text, key).Country);
    }
}

/// <summary>Monarchs named by title and one name of their own.</summary>
public sealed class RegnalNameTests
{
    private static IReadOnlyList<DiplomacyTracker.Ingestion.Pipeline.Document.Person> People(string text) =>
        Articles.RunThrough("people", text, Articles.On(2026, 3, 13)).People;

    [Theory]
    [InlineData("His Majesty Sultan Rashid, King of Bahrain, received the guests.", "sultan rashid")]
    [InlineData("The delegation was received by King Omar of Jordan at the palace.", "king omar")]
    public void TitleAndOneNameAreTheName(string text, string key)
    {
        Assert.Contains(People(text), p => p.Key == key && p.IsOfficial);
    }

    [Fact]
    public void FullNameAfterARoyalTitleIsTheNameAlone()
    {
        var people = People("Crown Prince Khalid bin Faisal met the guests.");

        Assert.DoesNotContain(people, p => p.Key.StartsWith("crown", StringComparison.Ordinal));
        Assert.Contains(people, p => p.Key.StartsWith("khalid", StringComparison.Ordinal));
    }
}

public sealed class CounterpartTitleTests
{
    private static IReadOnlyList<string> TitlesOf(string text, string key) =>
        Articles.Extract(text, Articles.On(2026, 3, 13)).Facts.Officials.Single(o => o.Key == key).Titles.Select(t => t.Title).ToList();

    [Fact]
    public void AMinistersCounterpartHoldsTheSamePortfolio()
    {
        var titles = TitlesOf("Dutch Foreign Minister Eva Smit arrived in Kyiv on Thursday. Smit met her Ukrainian counterpart Taras Hrytsenko.", "taras hrytsenko");

        Assert.Equal(["Foreign Minister"], titles);
    }

    [Fact]
    public void AChancellorsCounterpartIsNoChancellor()
    {
        var titles = TitlesOf("German Chancellor Jonas Roth arrived in Delhi on Thursday. Roth met his Indian counterpart Vikram Rao.", "vikram rao");

        Assert.DoesNotContain("Chancellor", titles);
    }

    [Fact]
    public void CounterpartIsDroppedBesideATitleOfTheirOwn()
    {
        var titles = TitlesOf("Dutch Foreign Minister Eva Smit arrived in Kyiv on Thursday. Smit met her Ukrainian counterpart Taras Hrytsenko. "
            + "Ukrainian Foreign Minister Taras Hrytsenko said talks were useful.", "taras hrytsenko");

        Assert.Equal(["Foreign Minister"], titles);
    }
}
