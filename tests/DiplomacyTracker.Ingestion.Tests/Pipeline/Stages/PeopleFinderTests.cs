using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class PeopleFinderTests
{
    private static ArticleDocument People(string text) => Articles.RunThrough("people", text, Articles.On(2026, 3, 13));

    private static Person? Find(ArticleDocument doc, string key) => doc.People.FirstOrDefault(p => p.Key == key);

    [Theory]
    [InlineData("Chinese Foreign Minister Zhao Lei met reporters.", "zhao lei", "China", "Foreign Minister")]
    [InlineData("Brazil's Minister of Mines and Energy Rita Gomes spoke first.", "rita gomes", "Brazil", "Minister of Mines and Energy")]
    [InlineData("U.S. President Mary Stone arrived.", "mary stone", "United States", "President")]
    [InlineData("State Department spokesperson Ed Park said little.", "ed park", "United States", "State Department spokesperson")]
    [InlineData("Vice Chairman of the Central Military Commission Zhang Wei attended.", "zhang wei", "China", "Vice Chairman of the Central Military Commission")]
    [InlineData("German Chancellor Lena Vogt landed.", "lena vogt", "Germany", "Chancellor")]
    public void TitleBeforeTheNameMakesAnOfficial(string text, string key, string country, string title)
    {
        var person = Find(People(text), key);

        Assert.NotNull(person);
        Assert.True(person.IsOfficial);
        Assert.Equal(country, person.Country);
        Assert.Contains(person.Titles, t => t.Title == title);
    }

    [Theory]
    [InlineData("Ri Chol Min, secretary of the Central Committee of the Workers' Party of Korea, landed.")]
    [InlineData("Vice Chairman of the WPK Central Committee Ri Chol Min landed.")]
    public void TheNorthKoreanPartyNamesNorthKoreaNotTheSouth(string text)
    {
        var person = Find(People(text), "ri chol min");

        Assert.NotNull(person);
        Assert.True(person.IsOfficial);
        Assert.Equal("North Korea", person.Country);
    }

    [Fact]
    public void TitleAfterTheNameMakesAnOfficial()
    {
        var person = Find(People("The guests were greeted by Liu Fang, the governor of Hainan province, at the airport."), "liu fang");

        Assert.NotNull(person);
        Assert.True(person.IsOfficial);
    }

    [Fact]
    public void GenericMinistryLeavesTheCountryToTheContext()
    {
        var person = Find(People("She was welcomed by Sun Hao, Director General of the Department of European Affairs of the Foreign Ministry."), "sun hao");

        Assert.NotNull(person);
        Assert.True(person.IsOfficial);
        Assert.Null(person.Country);
        Assert.True(person.CountryFromContext);
    }

    [Theory]
    [InlineData("Analyst Mia Brandt said the talks were useful.", "mia brandt")]
    [InlineData("Tom Hale, a senior fellow at the Lowy Institute, said the talks were useful.", "tom hale")]
    [InlineData("Acme Corp. co-founder Joe Vance met the minister.", "joe vance")]
    [InlineData("DW correspondent Karl Ruf reported from the capital.", "karl ruf")]
    [InlineData("Professor Ann Lee of Tsinghua University commented.", "ann lee")]
    [InlineData("Jane Roe told reporters the mood was tense.", "jane roe")]
    public void PeopleWithoutAGovernmentTitleAreNotOfficials(string text, string key)
    {
        var doc = People(text);

        Assert.DoesNotContain(doc.People, p => p.Key == key && p.IsOfficial);
    }

    [Fact]
    public void PhotoCreditIsNoOfficial()
    {
        var doc = People("The minister waves. (Photo by Sam Snap/Getty Images)");

        Assert.DoesNotContain(doc.People, p => p.IsOfficial);
    }

    [Fact]
    public void OnePersonAcrossNameFormsAndTitle()
    {
        var doc = People("U.S. Secretary of State Ana J. Morales arrived. Morales met the press. The Secretary then left.");
        var person = Assert.Single(doc.People, p => p.IsOfficial);

        Assert.Equal("ana morales", person.Key);
        Assert.Equal("Ana Morales", person.Name);
        Assert.Equal(3, doc.Mentions.Count(m => m.Person == person.Id));
        Assert.Contains(doc.Mentions, m => m.Person == person.Id && m.Kind == MentionKind.Role);
    }

    [Fact]
    public void SharedFamilyNameGoesToThePersonNamedLast()
    {
        var doc = People("Foreign Minister Wang Hai met the envoy. Security Minister Wang Bo stayed home. Wang said talks went well.");
        var last = doc.Mentions.Last();

        Assert.Equal("wang bo", doc.People[last.Person].Key);
    }

    [Fact]
    public void SpokesmanOfTheChancellorServesTheChancellorsCountry()
    {
        var doc = People("German Chancellor Lena Vogt landed. Chancellor's spokesman Paul Brenner said the visit went well.");

        Assert.Equal("Germany", Find(doc, "paul brenner")?.Country);
    }

    [Fact]
    public void WordsAfterAPrepositionCompleteATitleAndAreNoName()
    {
        var doc = People("said Lisa Hart, the top U.S. diplomat for East Asia and the Pacific.");

        Assert.DoesNotContain(doc.People, p => p.Key.Contains("asia", StringComparison.Ordinal));
    }

    [Fact]
    public void APortfolioWithAQualifierAndAGivenNameThatIsATitleStayWhole()
    {
        // "Digital" before "Technology" belongs to the portfolio; "Sultan" after the title opens the name.
        var doc = People("Minister of Science and Digital Technology Sultan Al Haddad signed the memorandum.");

        var person = Assert.Single(doc.People, p => p.IsOfficial);
        Assert.Equal("Sultan Al Haddad", person.Name);
        Assert.Contains(person.Titles, t => t.Title == "Minister of Science and Digital Technology");
    }

    [Fact]
    public void AMonarchNamedByTitleAfterAnotherTitleKeepsTheRegnalName()
    {
        var person = Assert.Single(People("Malaysian King Sultan Hamid received the delegation.").People, p => p.IsOfficial);

        Assert.Equal("Sultan Hamid", person.Name);
        Assert.Equal("Malaysia", person.Country);
    }
}

public sealed class CompanyTitleTests
{
    [Fact]
    public void BareTitleAfterACompanyNameIsNoGovernmentTitle()
    {
        var doc = Articles.RunThrough("people", "The minister toured a plant with Acme President Lou Grant.");

        Assert.DoesNotContain(doc.People, p => p.Key == "lou grant" && p.IsOfficial);
    }

    [Fact]
    public void TitleAtTheStartOfASentenceStillCounts()
    {
        var doc = Articles.RunThrough("people", "Later, President Lou Grant arrived. President Ada Vance spoke.");

        Assert.Contains(doc.People, p => p.Key == "ada vance" && p.IsOfficial);
    }
}

public sealed class NamePartMentionTests
{
    private static ArticleDocument People(string text) => Articles.RunThrough("people", text, Articles.On(2026, 3, 13));

    private static Person? Find(ArticleDocument doc, string key) => doc.People.FirstOrDefault(p => p.Key == key);

    [Theory]
    [InlineData("Emirati Foreign Minister Sheikh Abdullah bin Rashid Al Qasimi arrived. Sheikh Abdullah said little.", "sheikh abdullah bin rashid al qasimi")]
    [InlineData("Brazilian President Luiz Carlos Melo da Cunha arrived. Melo da Cunha said little.", "luiz carlos melo da cunha")]
    public void SeveralWordsOfOnePersonsNameNameThem(string text, string key)
    {
        var doc = People(text);
        var person = Find(doc, key)!;

        Assert.Equal(2, doc.Mentions.Count(m => m.Person == person.Id));
        Assert.Equal(1, doc.People.Count(p => p.IsOfficial));
    }

    [Fact]
    public void WordsTwoPeoplesNamesShareNameNeither()
    {
        var doc = People("Minister Ana Maria Lopez and Minister Ana Maria Ruiz arrived. Ana Maria said little.");

        Assert.Equal(2, doc.Mentions.Count);
    }
}
