namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>How a written name becomes a person's key: what varies in spelling does not make another person.</summary>
public sealed class PersonNameTests
{
    private static (string Key, string Name) Only(string text)
    {
        var doc = Articles.RunThrough("people", text, Articles.On(2026, 3, 13));
        var person = Assert.Single(doc.People, p => p.IsOfficial);
        return (person.Key, person.Name);
    }

    [Theory]
    [InlineData("North Korean leader Pak Jong-il arrived.", "pak jong il")]
    [InlineData("North Korean leader Pak Jong Il arrived.", "pak jong il")]
    [InlineData("Turkish President Emre Doğan arrived.", "emre dogan")]
    [InlineData("Russian President Ivan Ivanovich Sorokin arrived.", "ivan sorokin")]
    public void SpellingThatVariesGivesOneKey(string text, string key)
    {
        Assert.Equal(key, Only(text).Key);
    }

    [Theory]
    [InlineData("Malaysian Prime Minister Datuk Seri Aziz Rahman arrived.", "Aziz Rahman")]
    [InlineData("The visitors were received by His Excellency Rafael Duarte, the Foreign Minister of Chile.", "Rafael Duarte")]
    [InlineData("Iraqi Prime Minister Ali Hassan' al-Rubaie arrived.", "Ali Hassan' al-Rubaie")]
    [InlineData("Egyptian President Abdel Karim el-Masri arrived.", "Abdel Karim el-Masri")]
    [InlineData("European Council President Marta van den Broek arrived.", "Marta van den Broek")]
    [InlineData("Chilean Foreign Minister Ana Torres de la Vega arrived.", "Ana Torres de la Vega")]
    public void WordsOfAddressStayOutAndParticlesStayIn(string text, string name)
    {
        Assert.Equal(name, Only(text).Name);
    }

    [Fact]
    public void ParticlesBeforeAWordThatIsNoNameStayOut()
    {
        Assert.Equal("Jan Smit", Only("Dutch Prime Minister Jan Smit de facto conceded the point.").Name);
    }

    [Fact]
    public void EnglishWordAfterANameIsNoParticle()
    {
        var doc = Articles.RunThrough("people", "The King granted an audience to Chinese Premier Zhao Ming at Istana Negara on Monday.", Articles.On(2026, 3, 13));

        Assert.Contains(doc.People, p => p.Name == "Zhao Ming");
    }
}
