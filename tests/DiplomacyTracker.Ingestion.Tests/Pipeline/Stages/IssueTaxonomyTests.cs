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

    private static string Load(string issue)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(Articles.Lexicon.Folder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(folder, "issues.json"), Taxonomy.Replace("ISSUE", issue, StringComparison.Ordinal));
            return Assert.Throws<InvalidDataException>(() => Lexicon.Load(folder)).Message;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

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
}
