namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class IssueFinderTests
{
    private static List<string> Slugs(string text) => Articles.RunThrough("issues", text).Issues.Select(i => i.Slug).ToList();

    [Theory]
    [InlineData("The leaders agreed to expand cooperation on ethanol and biofuels.", "renewable-energy")]
    [InlineData("She called for the protection of tropical rainforests.", "environment")]
    [InlineData("Washington announced new military financing for the navy.", "foreign-aid")]
    public void EnergyForestAndMilitaryAidWordsCarryTheirIssue(string text, string slug)
    {
        Assert.Contains(slug, Slugs(text));
    }

    [Fact]
    public void MilitaryFinancingIsAidNotDebt()
    {
        Assert.DoesNotContain("debt-finance", Slugs("Washington announced new military financing for the navy."));
        Assert.Contains("debt-finance", Slugs("The bank will provide financing for the port."));
    }

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
    [InlineData("The two sides agreed to buy more liquefied natural gas through a new pipeline.", "energy")]
    [InlineData("They signed a deal to build a civilian nuclear power plant.", "nuclear-energy")]
    [InlineData("The ministers called for progress on arms control and non-proliferation.", "arms-control")]
    [InlineData("Both navies will hold joint naval exercises next spring.", "defence-cooperation")]
    [InlineData("The leaders spoke of their growing trade, security and energy ties.", "defence-cooperation")]
    [InlineData("Investors from both countries will open a joint venture.", "investment")]
    [InlineData("A railway link between the two capitals was announced.", "infrastructure")]
    [InlineData("They reviewed the projects of the Belt and Road Initiative.", "belt-and-road")]
    [InlineData("Shipments of beef and barley will resume in the autumn.", "agriculture-food")]
    [InlineData("They agreed to work together on vaccines and pandemic preparedness.", "health")]
    [InlineData("A supply deal for lithium and rare earths was signed.", "critical-minerals")]
    [InlineData("The space agencies will cooperate on satellites and lunar exploration.", "space")]
    [InlineData("He urged partners to enforce the sanctions.", "sanctions")]
    [InlineData("The leaders condemned terrorism in all its forms.", "terrorism")]
    [InlineData("Aid trucks must reach civilians without delay, she said.", "humanitarian-aid")]
    [InlineData("The talks covered debt relief and concessional loans.", "debt-finance")]
    [InlineData("More scholarships will let young people study at each other's universities.", "education")]
    [InlineData("A loan of two giant pandas to the city zoo marks the cultural ties.", "culture")]
    [InlineData("Citizens of both countries will be able to travel visa-free.", "visas")]
    [InlineData("The minister hopes for more tourists next year.", "tourism")]
    [InlineData("Both pledged to cut emissions and reach net zero.", "climate")]
    [InlineData("The government promised to welcome more skilled workers.", "migration")]
    [InlineData("Water sharing and the new dams upstream dominated the talks.", "water")]
    [InlineData("She stressed freedom of navigation and maritime security.", "maritime-security")]
    [InlineData("They discussed the role of ASEAN and the coming G20 summit.", "asean")]
    [InlineData("They discussed the role of ASEAN and the coming G20 summit.", "g20")]
    [InlineData("He spoke about the future of the European Union.", "european-union")]
    [InlineData("The president called for reform of the UN Security Council.", "united-nations")]
    [InlineData("Both sides want an end to the war in Ukraine.", "russia-ukraine")]
    [InlineData("She pressed for a ceasefire in Gaza.", "middle-east")]
    public void GeneralDiplomaticIssuesAreFound(string text, string slug)
    {
        Assert.Contains(slug, Slugs(text));
    }

    [Theory]
    [InlineData("The pact gives Australia nuclear-powered submarines.", "nuclear-energy")]
    [InlineData("The pact gives Australia nuclear-powered submarines.", "north-korea")]
    [InlineData("We are communicating as clearly as possible, he said.", "communication-channels")]
    [InlineData("The delegation was welcomed with open arms.", "defence-cooperation")]
    [InlineData("Officials said the two countries were at a new starting point.", "arms-control")]
    [InlineData("He offered to loan two pandas to the zoo.", "debt-finance")]
    [InlineData("Her special flight landed at the capital's airport at noon.", "aviation")]
    [InlineData("There is space for dialogue, she said.", "space")]
    public void WordsThatOnlyLookLikeAnIssueRaiseIt(string text, string slug)
    {
        Assert.DoesNotContain(slug, Slugs(text));
    }

    [Theory]
    [InlineData("The minister toured a factory and had lunch.")]
    [InlineData("The two leaders walked through the gardens before lunch.")]
    public void OrdinarySentencesRaiseNoIssue(string text)
    {
        Assert.Empty(Slugs(text));
    }

    [Fact]
    public void CreditLinesRaiseNoIssue()
    {
        Assert.Empty(Slugs("Jo Bloggs in Taipei, Taiwan contributed to this report."));
    }

    [Theory]
    [InlineData("This audio is created with AI assistance")]
    [InlineData("Sign up for our newsletter on trade, climate and energy")]
    [InlineData("ALSO READ: Ministers clash over tariffs and Taiwan")]
    [InlineData("Photo: soldiers unload missiles at the port")]
    [InlineData("By Maria Lopez, Energy Correspondent")]
    public void PageFurnitureRaisesNoIssue(string line)
    {
        Assert.Empty(Slugs(line + "\nForeign Minister Anna Berg arrived in Tokyo on Monday."));
    }

    [Fact]
    public void TheSameWordsInTheStoryRaiseTheirIssue()
    {
        var slugs = Slugs("Foreign Minister Anna Berg arrived in Tokyo on Monday. She said AI, tariffs and Taiwan were on the agenda.");

        Assert.Contains("artificial-intelligence", slugs);
        Assert.Contains("trade-practices", slugs);
        Assert.Contains("taiwan", slugs);
    }

    [Fact]
    public void DatelineInOrdinaryCaseRaisesNoIssue()
    {
        var slugs = Slugs("Hong Kong (Wire) — Foreign Minister Anna Berg arrived in Tokyo on Monday for talks.");

        Assert.DoesNotContain("hong-kong", slugs);
    }

    [Fact]
    public void PlaceDiscussedAfterTheDatelineRaisesItsIssue()
    {
        var slugs = Slugs("Hong Kong (Wire) — Foreign Minister Anna Berg arrived in Tokyo on Monday. She raised the treatment of activists in Hong Kong.");

        Assert.Contains("hong-kong", slugs);
    }

    [Theory]
    [InlineData("Defence Minister Anna Berg arrived in Tokyo on Monday.", "defence-cooperation")]
    [InlineData("Trade Minister Anna Berg arrived in Tokyo on Monday.", "trade-practices")]
    [InlineData("Anna Berg, the health minister, arrived in Tokyo on Monday.", "health")]
    public void WordsOfAPersonsTitleRaiseNoIssue(string text, string slug)
    {
        Assert.DoesNotContain(slug, Slugs(text));
    }

    [Fact]
    public void TheTopicBesideATitledPersonIsStillRaised()
    {
        var slugs = Slugs("Defence Minister Anna Berg arrived in Tokyo on Monday to discuss defence cooperation and joint exercises.");

        Assert.Contains("defence-cooperation", slugs);
    }

    [Theory]
    [InlineData("She gave a speech at the National Defence University on Monday.", "defence-cooperation")]
    [InlineData("She gave a speech at the National Defence University on Monday.", "education")]
    [InlineData("The figures come from the Health Ministry of the province.", "health")]
    [InlineData("He met the leader of the Liberal Democratic Party.", "democracy")]
    [InlineData("The train pulled into the Central Railway Station at dawn.", "infrastructure")]
    [InlineData("They flew on a plane of Northern Star Airlines.", "aviation")]
    public void WordsInsideAnInstitutionsNameRaiseNoIssue(string text, string slug)
    {
        Assert.DoesNotContain(slug, Slugs(text));
    }

    [Theory]
    [InlineData("They discussed democracy and the rule of law.", "democracy")]
    [InlineData("Both sides want a stronger role for the African Union.", "african-union")]
    [InlineData("The ministers met at the Belt and Road Forum.", "belt-and-road")]
    public void NamesThatAreTheIssueItselfRaiseIt(string text, string slug)
    {
        Assert.Contains(slug, Slugs(text));
    }

    [Fact]
    public void AStatesFormalNameIsNoIssue()
    {
        Assert.DoesNotContain("democracy", Slugs("The flag of the Democratic People's Republic of Korea was raised."));
    }

    [Fact]
    public void EveryIssueSlugMapsToItsOwnNameInTheTaxonomy()
    {
        var slugs = Articles.Lexicon.Issues.Select(i => i.Slug).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Contains("technology-controls", slugs);
        Assert.Contains("Technology and export controls", Articles.Lexicon.Issues.Select(i => i.Name));
    }

    [Fact]
    public void TheTaxonomyIsGeneralAndDescribed()
    {
        var issues = Articles.Lexicon.Issues;

        Assert.True(issues.Count >= 60, $"{issues.Count} issues");
        Assert.All(issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Description), i.Slug));
    }
}
