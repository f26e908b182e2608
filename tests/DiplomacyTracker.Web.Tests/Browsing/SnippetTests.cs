using DiplomacyTracker.Web.Browsing;

namespace DiplomacyTracker.Web.Tests.Browsing;

public sealed class SnippetTests
{
    [Fact]
    public void MarkersSplitTheTextIntoMatchedAndPlainRuns()
    {
        var snippet = Snippet.Parse("a <b> \u0002match\u0003 & \u0002two\u0003");

        Assert.Equal(
            [new("a <b> ", false), new("match", true), new(" & ", false), new("two", true)],
            snippet.Runs);
    }

    [Fact]
    public void UnclosedMarkerMarksToTheEnd() =>
        Assert.Equal([new("x ", false), new("y", true)], Snippet.Parse("x \u0002y").Runs);

    [Fact]
    public void NullIsEmpty() => Assert.Empty(Snippet.Parse(null).Runs);
}
