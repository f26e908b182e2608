using System.Net;
using System.Xml;
using System.Xml.Linq;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

/// <summary>The feed is read back with System.Xml as Atom 1.0.</summary>
public sealed class AtomFeedTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private TestWorld World => fixture.World;

    [Fact]
    public async Task AnAtomFeedOfVisitsAndMeetingsWithStableIds()
    {
        var response = await fixture.App.GetAsync("/feed.atom");
        var feed = Parse(response.Body);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/atom+xml", response.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")?.Value));
        Assert.NotNull(feed.Element(Atom + "updated"));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("http://localhost/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "summary")?.Value));
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.StartsWith("http://localhost/", e.Element(Atom + "link")?.Attribute("href")?.Value, StringComparison.Ordinal);
        });
        Assert.Equal(
            new[] { $"visit-{World.BlinkenInChina.Id}", $"visit-{World.YellenInChina.Id}", $"meeting-{World.BlinkenWang.Id}", $"meeting-{World.BlinkenXi.Id}", $"meeting-{World.YellenHe.Id}" }
                .Select(id => "tag:diplomacytracker,2024:" + id).Order(StringComparer.Ordinal),
            entries.Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task HonoursTheFiltersAndSaysSoInItsSelfLink()
    {
        var feed = Parse((await fixture.App.GetAsync("/feed.atom?issue=taiwan")).Body);

        Assert.Equal(
            new[] { $"tag:diplomacytracker,2024:meeting-{World.BlinkenXi.Id}", $"tag:diplomacytracker,2024:visit-{World.BlinkenInChina.Id}" },
            feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal));
        Assert.Equal("http://localhost/feed.atom?issue=taiwan", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
    }

    private static XElement Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader).Root!;
    }
}
