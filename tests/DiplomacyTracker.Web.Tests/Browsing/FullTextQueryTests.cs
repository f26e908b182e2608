using DiplomacyTracker.Web.Browsing;

namespace DiplomacyTracker.Web.Tests.Browsing;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("fentanyl", "\"fentanyl\"")]
    [InlineData("  trade   war ", "\"trade\" \"war\"")]
    [InlineData("say \"hi\"", "\"say\" \"\"\"hi\"\"\"")]
    [InlineData("title:trade", "\"title:trade\"")]
    [InlineData("NEAR AND", "\"NEAR\" \"AND\"")]
    public void EveryWordBecomesAQuotedPhrase(string input, string expected) =>
        Assert.Equal(expected, FullTextQuery.From(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("* - : \"")]
    public void NothingToSearchGivesNull(string? input) => Assert.Null(FullTextQuery.From(input));
}
