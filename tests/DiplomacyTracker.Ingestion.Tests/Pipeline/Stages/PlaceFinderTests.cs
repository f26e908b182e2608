using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class PlaceFinderTests
{
    [Fact]
    public void CitiesCarryTheirCountry()
    {
        var doc = Articles.RunThrough("places", "The envoy flew from Nairobi to Sao Paulo and then to Brazil's capital.");

        Assert.Contains(doc.Places, p => p.Name == "Nairobi" && p.Country == "Kenya" && p.Kind == PlaceKind.City);
        Assert.Contains(doc.Places, p => p.Name == "Sao Paulo" && p.Country == "Brazil");
        Assert.Contains(doc.Places, p => p.Country == "Brazil" && p.Kind == PlaceKind.Country);
    }

    [Fact]
    public void DatelineCityIsNotAPlaceOfTheStory()
    {
        var doc = Articles.RunThrough("places", "SEOUL (AP) - The minister met the premier in Tokyo.");

        Assert.DoesNotContain(doc.Places, p => p.Name == "Seoul");
        Assert.Contains(doc.Places, p => p.Name == "Tokyo");
    }

    [Theory]
    [InlineData("They met at the Lakeside State Guesthouse in Hanoi.", "Lakeside State Guesthouse")]
    [InlineData("Talks were held at the Presidential Palace on Monday.", "Presidential Palace")]
    [InlineData("The leaders met in the Great Hall of the People.", "Great Hall of the People")]
    public void VenuesAreFoundByShapeAndByName(string text, string venue)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.Contains(doc.Venues, v => v.Name == venue);
    }

    [Theory]
    [InlineData("The two met on Friday, according to the Kenyan Foreign Ministry.")]
    [InlineData("The two met, according to the White House.")]
    public void WhoSaysSoIsNoVenue(string text)
    {
        Assert.Empty(Articles.RunThrough("places", text).Venues);
    }

    [Theory]
    [InlineData("The minister began a tour of South America in Lima.")]
    [InlineData("The minister met Latin American leaders in Lima.")]
    [InlineData("The minister spoke of stability in Southeast Asia and the Middle East, in Lima.")]
    public void APartOfTheWorldNamesNoCountry(string text)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.Equal(["Peru"], doc.Places.Select(p => p.Country).Distinct());
    }
}
