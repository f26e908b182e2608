using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>issues.json is checked when loaded: a broken taxonomy stops start-up with a message naming what is wrong.</summary>
public sealed class IssueTaxonomyTests
{
    private const string Taxonomy = """
        { "furniture": ["sign up"],
          "issues": [
            { "slug": "fisheries", "name": "Fisheries", "description": "Fishing rights.", "patterns": ["fisheries"] },
            ISSUE
          ] }
        """;

    private static string Load(string issue) => Assert.Throws<InvalidDataException>(() => WithTaxonomy(issue)).Message;

    private static Lexicon WithTaxonomy(string issue) =>
        Articles.WithEditedLexicon("issues.json", _ => Taxonomy.Replace("ISSUE", issue, StringComparison.Ordinal), load => load());

    [Fact]
    public void TwoIssuesWithOneSlugAreRefused()
    {
        var message = Load("""{ "slug": "fisheries", "name": "Fish", "description": "Fish again.", "patterns": ["fish"] }""");

        Assert.Contains("issues.json", message, StringComparison.Ordinal);
        Assert.Contains("'fisheries'", message, StringComparison.Ordinal);
        Assert.Contains("unique", message, StringComparison.Ordinal);
    }

    [Fact]
    public void APatternThatDoesNotCompileIsNamed()
    {
        var message = Load("""{ "slug": "ports", "name": "Ports", "description": "Ports.", "patterns": ["ports (of"] }""");

        Assert.Contains("'ports'", message, StringComparison.Ordinal);
        Assert.Contains("ports (of", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIssueWithoutADescriptionIsRefused()
    {
        var message = Load("""{ "slug": "ports", "name": "Ports", "patterns": ["ports"] }""");

        Assert.Contains("'ports'", message, StringComparison.Ordinal);
        Assert.Contains("description", message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlaceTheGazetteerDoesNotKnowIsRefused()
    {
        var message = Load("""{ "slug": "atlantis", "name": "Atlantis", "description": "A lost island.", "places": ["Atlantis"], "patterns": ["atlantis"] }""");

        Assert.Contains("'Atlantis'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedTaxonomyLoads()
    {
        Assert.Contains(Articles.Lexicon.Issues, i => i.Slug == "taiwan" && i.Places.Contains("Taiwan"));
    }

    [Fact]
    public void APatternIsFoundWhereverAWordBeginsItAndNowhereElse()
    {
        var taxonomy = WithTaxonomy("""
            { "slug": "exchanges", "name": "Exchanges", "description": "People to people.", "patterns": ["(?:student|youth) exchanges?"] },
            { "slug": "sanctions", "name": "Sanctions", "description": "Sanctions.", "patterns": ["s?anctions"] },
            { "slug": "tariffs", "name": "Tariffs", "description": "Tariffs.", "patterns": ["tariffs?"] }
            """).IssueTaxonomy;
        const string text = "Fisheries came first (tariffs, TARIFFS tariff) and Youth exchanges; student exchange, anctions. "
                            + "Prefisheries, supertariffs and nonstudent exchanges do not count; «sanctions» do.";

        var found = taxonomy.Find(text, CancellationToken.None)
            .Select(hit => (taxonomy.Issues[hit.Issue].Slug, text.Substring(hit.Start, hit.Length))).ToList();

        Assert.Equal(
            [("fisheries", "Fisheries"), ("tariffs", "tariffs"), ("tariffs", "TARIFFS"), ("tariffs", "tariff"),
             ("exchanges", "Youth exchanges"), ("exchanges", "student exchange"), ("sanctions", "anctions"), ("sanctions", "sanctions")],
            found);
    }
}
