namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Capitalised words that belong to organisations, titles or clauses are nobody's name.</summary>
public sealed class NameWordTests
{
    private static IReadOnlyList<string> Officials(string text) =>
        Articles.RunThrough("people", text, Articles.On(2026, 3, 13)).People.Where(p => p.IsOfficial).Select(p => p.Name).ToList();

    [Theory]
    [InlineData("Tomas Reyes, general secretary of the Workers' Party of Freedonia, arrived on Monday.", "Workers")]
    [InlineData("Li Wen, president of the Asian Development Bank, will call on the minister.", "Bank")]
    [InlineData("They were greeted by the Director of the State Protocol Department Tran Minh.", "Protocol")]
    [InlineData("Ivan Petrov, governor of the Coastal Territory Administration, met him.", "Coastal Territory")]
    [InlineData("The two discussed the Amani Peace Initiative with President Ruth Wanjiku.", "Amani Peace")]
    public void OrganisationWordsAreNoPerson(string text, string notAName)
    {
        Assert.DoesNotContain(notAName, Officials(text));
    }

    [Fact]
    public void PortfolioWordInsideATitleIsNoPerson()
    {
        var officials = Officials("Union Minister of Women and Child Development Asha Rao was present.");

        Assert.DoesNotContain("Child", officials);
        Assert.Contains("Asha Rao", officials);
    }

    [Fact]
    public void AdverbBeforeAClauseIsNoPerson()
    {
        Assert.Empty(Officials("Normally, when a U.S. president visits Israel, there are weeks of planning."));
    }

    [Fact]
    public void NameBeforeItsTitleIsStillAnOfficial()
    {
        Assert.Contains("Jin Hao", Officials("Jin Hao, president of the Asian Development Bank, will call on the minister."));
    }
}
