namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Who serves which government: the traveller's party is the traveller's, whoever they meet abroad.</summary>
public sealed class TravellingPartyTests
{
    private static string? CountryOf(string name, string text) =>
        Assert.Single(Articles.Extract(text, Articles.On(2026, 3, 4)).Facts.Officials, o => o.Name == name).Country;

    [Fact]
    public void OfficialsAccompanyingTheTravellerServeTheTravellersCountry()
    {
        const string text = "Brazilian President Ana Costa arrived in Nairobi on Tuesday for a state visit to Kenya. " +
                            "Costa was accompanied by a delegation including Foreign Minister Paulo Mendes and Trade Secretary Clara Souza. " +
                            "She held talks with Kenyan President Peter Otieno at State House.";

        Assert.Equal(("Brazil", "Brazil"), (CountryOf("Paulo Mendes", text), CountryOf("Clara Souza", text)));
    }

    [Fact]
    public void OfficialsWhoJoinTheTravellerServeTheTravellersCountry()
    {
        const string text = "Brazilian President Ana Costa arrived in Nairobi on Tuesday for a state visit to Kenya. " +
                            "Foreign Minister Paulo Mendes joined her and attended the talks with Kenyan President Peter Otieno.";

        Assert.Equal("Brazil", CountryOf("Paulo Mendes", text));
    }

    [Fact]
    public void TheHostsOwnCompanionIsNotInTheTravellersParty()
    {
        const string text = "Brazilian President Ana Costa arrived in Nairobi on Tuesday for a state visit to Kenya. " +
                            "Kenyan President Peter Otieno, accompanied by Foreign Minister Joseph Mwangi, welcomed her at State House.";

        Assert.NotEqual("Brazil", CountryOf("Joseph Mwangi", text));
    }
}
