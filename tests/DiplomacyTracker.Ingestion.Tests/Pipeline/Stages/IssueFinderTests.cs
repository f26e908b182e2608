namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class IssueFinderTests
{
    private static List<string> Slugs(string text) => Articles.RunThrough("issues", text).Issues.Select(i => i.Slug).ToList();

    [Theory]
    [InlineData("They discussed curbing the flow of synthetic drugs.", "counternarcotics")]
    [InlineData("She raised the cases of citizens subject to exit bans.", "detained-citizens")]
    [InlineData("They agreed to restore military-to-military channels.", "military-communication")]
    [InlineData("He warned about industrial overcapacity.", "trade-practices")]
    [InlineData("They talked about stability across the Taiwan Strait.", "taiwan")]
    [InlineData("He cited the denuclearization of the Korean Peninsula.", "north-korea")]
    [InlineData("Both agreed to keep lines of communication open.", "communication-channels")]
    public void PhrasesCarryingAnIssueAreFound(string text, string slug)
    {
        Assert.Contains(slug, Slugs(text));
    }

    [Theory]
    [InlineData("The pact gives Australia nuclear-powered submarines.")]
    [InlineData("We are communicating as clearly as possible, he said.")]
    [InlineData("The minister toured a factory and had lunch.")]
    public void OrdinarySentencesRaiseNoIssue(string text)
    {
        Assert.Empty(Slugs(text));
    }

    [Fact]
    public void CreditLinesRaiseNoIssue()
    {
        Assert.Empty(Slugs("Jo Bloggs in Taipei, Taiwan contributed to this report."));
    }

    [Fact]
    public void EveryIssueSlugMapsToItsOwnNameInTheTaxonomy()
    {
        var slugs = Articles.Lexicon.Issues.Select(i => i.Slug).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Contains("technology-controls", slugs);
        Assert.Contains("Technology and export controls", Articles.Lexicon.Issues.Select(i => i.Name));
    }
}
