namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>
/// Officials of bodies of many states (the United Nations, the African Union, a regional league): their title makes
/// them officials, and they serve no one country, so neither the host's, the outlet's nor a place they are in is theirs.
/// </summary>
public sealed class InternationalOfficialTests
{
    [Theory]
    [InlineData("Caribbean Community Secretary-General Lena Morrow met the delegation.", "lena morrow")]
    [InlineData("African Union Commission Chairperson Idris Banda met the delegation.", "idris banda")]
    [InlineData("Arab League Secretary-General Karim Fawzi met the delegation.", "karim fawzi")]
    public void TitleOfABodyOfManyStatesMakesAnOfficialOfNoCountry(string text, string key)
    {
        var person = Articles.RunThrough("people", text, Articles.On(2026, 3, 13)).People.Single(p => p.Key == key);

        Assert.True(person.IsOfficial);
        Assert.Null(person.Country);
    }

    [Fact]
    public void VisitingInternationalOfficialTakesNeitherTheHostsNorTheOutletsCountry()
    {
        const string text = """
             date 2026-05-08
            ACCRA, May 8 (Xinhua) -- UN Secretary-General Tomas Berg arrived in Accra on Wednesday for a two-day visit to Ghana.
            Berg met Ghanaian President Kofi Mensah on Thursday. He also met African Union Commission Chairperson Idris Banda, who was in Accra for a regional meeting.
            """;
        var facts = Articles.Extract(text).Facts;

        Assert.Null(Assert.Single(facts.Officials, o => o.Key == "tomas berg").Country);
        Assert.Null(Assert.Single(facts.Officials, o => o.Key == "idris banda").Country);
        Assert.Equal("Ghana", Assert.Single(facts.Officials, o => o.Key == "kofi mensah").Country);
        Assert.Equal("Ghana", Assert.Single(facts.Visits).HostCountry);
    }

    [Fact]
    public void InitialsOfABodyInAMixedCaseNameAreNoBody()
    {
        // "Un" in a name is no "UN".
        var person = Articles.RunThrough("people", "North Korean leader Pak Jong Un met the delegation.", Articles.On(2026, 3, 13)).People
            .Single(p => p.IsOfficial);

        Assert.Equal("pak jong un", person.Key);
        Assert.Equal("North Korea", person.Country);
    }

    [Fact]
    public void AnUnknownCapitalisedWordBeforeChairpersonStillMakesNoOfficial()
    {
        var doc = Articles.RunThrough("people", "Brightwater Chairperson Idris Banda met the delegation.", Articles.On(2026, 3, 13));

        Assert.DoesNotContain(doc.People, p => p.IsOfficial);
    }
}
