using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Document;

public sealed class SentenceMatchesTests
{
    private static readonly Regex Cue = new(@"\b(?:flew to|visited)\b", RegexOptions.IgnoreCase);

    [Fact]
    public void EachTextGetsItsOwnMatchesHoweverOftenItIsAsked()
    {
        var matches = new SentenceMatches();
        const string first = "She flew to Lima and visited Cusco.";
        const string second = "He visited Quito.";

        var once = matches.Of(Cue, first).Select(m => (m.Index, m.Value)).ToList();
        var again = matches.Of(Cue, first).Select(m => (m.Index, m.Value)).ToList();
        var other = matches.Of(Cue, second).Select(m => (m.Index, m.Value)).ToList();

        Assert.Equal([(4, "flew to"), (21, "visited")], once);
        Assert.Equal(once, again);
        Assert.Equal([(3, "visited")], other);
        Assert.Empty(matches.Of(Cue, "No travel here."));
    }
}
