using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Knowledge;

public sealed class OutletsTests
{
    private static readonly DiplomacyTracker.Ingestion.Pipeline.Knowledge.Outlets Outlets = Articles.Lexicon.Outlets;

    [Theory]
    [InlineData("BEIJING (AP) — The United States and China have failed to agree.", "Associated Press")]
    [InlineData("BEIJING, April 26 (Xinhua) -- Chinese President Xi Jinping met Blinken.", "Xinhua")]
    [InlineData("LIMA (Agência Exemplo) — The minister arrived on Monday.", "Agência Exemplo")]
    [InlineData("Talks in Lima\nBy Ana Ribeiro, Agência Exemplo\nThe minister arrived on Monday.", "Agência Exemplo")]
    [InlineData("1. Skip to content\n2. Skip to more DW sites\nUS and China should be partners", "DW")]
    [InlineData("U.S. Department of State\n04/26/2024 | Press release\nSecretary Blinken's Visit", "U.S. Department of State")]
    [InlineData("Blinken in Beijing\nAnalysts told VOA the visit matters.\nMore text.", "Voice of America")]
    [InlineData("Talks\nSource: Reuters\nThe minister arrived.", "Reuters")]
    [InlineData(" date 2024-05-15 By Ana Ribeiro, Agência Exemplo\nLIMA — The minister arrived.", "Agência Exemplo")]
    [InlineData("Hong Kong (CNN) — The president arrived in Beijing.", "CNN")]
    [InlineData("Lima, 6 November 2023 (AgEx): The minister met her counterpart.", "AgEx")]
    [InlineData("Lima, July 25 (AFP/APP): The minister will visit.", "Agence France-Presse")]
    [InlineData(" date 2023-03-30 (Bloomberg) -- The leaders spoke by phone.", "Bloomberg")]
    [InlineData("HARBIN, May 17. /TASS/. The president will continue his visit.", "TASS")]
    public void OutletIsReadFromTheText(string text, string outlet) => Assert.Equal(outlet, Outlets.Find(text).Outlet);

    [Fact]
    public void TextThatNamesNoOutletHasNone() =>
        Assert.Null(Outlets.Find("HONG KONG — Secretary of State Antony Blinken held talks with Chinese President Xi Jinping.").Outlet);

    [Fact]
    public void UrlLineGivesTheOriginalAddressAndItsKnownOutlet()
    {
        var (outlet, url) = Outlets.Find("Talks in Beijing\nURL: https://www.reuters.com/world/china/talks-2024-04-26/\nThe minister arrived.");

        Assert.Equal(("Reuters", "https://www.reuters.com/world/china/talks-2024-04-26/"), (outlet, url));
    }

    [Fact]
    public void PagesHostIsTheKnownOutletItBelongsTo()
    {
        var result = Articles.Pipeline.Extract(new SourceDocument("a.html", "Leaders met in Bonn.", Publisher: "www.dw.com"), IKnownTrips.None);

        Assert.Equal("DW", result.Publisher);
    }

    [Fact]
    public void AnAliasOfTwoOutletsIsRefusedAtLoad()
    {
        var message = Articles.WithEditedLexicon("outlets.json",
            _ => """{ "outlets": [ { "name": "Agência Exemplo", "aliases": ["AE"] }, { "name": "Another Example", "aliases": ["AE"] } ] }""",
            load => Assert.Throws<InvalidDataException>(load).Message);

        Assert.Contains("'AE' names both Agência Exemplo and Another Example", message);
    }

    [Fact]
    public void UserAddedOutletIsKnown()
    {
        var outlets = Articles.WithEditedLexicon("outlets.json",
            _ => """{ "outlets": [ { "name": "Agência Exemplo", "aliases": ["AgEx"], "domains": ["exemplo.example"], "furniture": ["Mais da Agência Exemplo"] } ] }""",
            load => load().Outlets);

        Assert.Equal("Agência Exemplo", outlets.Find("Menu\nMais da Agência Exemplo\nText.").Outlet);
        Assert.Equal("Agência Exemplo", outlets.Find("LIMA (AgEx) — Text.").Outlet);
        Assert.Equal("Agência Exemplo", outlets.Normalise("news.exemplo.example"));
    }
}
