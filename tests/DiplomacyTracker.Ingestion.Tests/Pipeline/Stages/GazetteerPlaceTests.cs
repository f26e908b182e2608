using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

/// <summary>Countries in every common form, and gazetteer cities only where the text says they are places.</summary>
public sealed class GazetteerPlaceTests
{
    [Theory]
    [InlineData("The envoy returned from the DPRK on Sunday.", "North Korea")]
    [InlineData("The envoy returned from the Democratic People's Republic of Korea on Sunday.", "North Korea")]
    [InlineData("The envoy returned from the Russian Federation on Sunday.", "Russia")]
    [InlineData("The envoy returned from Viet Nam on Sunday.", "Vietnam")]
    [InlineData("The envoy returned from Türkiye on Sunday.", "Turkey")]
    [InlineData("The envoy returned from Turkiye on Sunday.", "Turkey")]
    [InlineData("The envoy returned from Côte d'Ivoire on Sunday.", "Ivory Coast")]
    [InlineData("The envoy returned from Cote d'Ivoire on Sunday.", "Ivory Coast")]
    [InlineData("The envoy returned from Czechia on Sunday.", "Czech Republic")]
    [InlineData("The envoy returned from the Socialist Republic of Vietnam on Sunday.", "Vietnam")]
    public void EveryCommonFormOfACountryNamesIt(string text, string country)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.Contains(doc.Places, p => p.Kind == PlaceKind.Country && p.Country == country);
    }

    [Fact]
    public void DemonymsOfTheCountryTableAreNationalities()
    {
        var doc = Articles.RunThrough("people", "Ivorian Foreign Minister Kakou Leon Adom spoke on Monday.");

        Assert.Contains(doc.People, p => p.Name.EndsWith("Adom", StringComparison.Ordinal) && p.Country == "Ivory Coast");
    }

    [Theory]
    [InlineData("The senator flew to Tampere on Tuesday.", "Tampere", "Finland")]
    [InlineData("The trade envoy spent the night in Kumamoto.", "Kumamoto", "Japan")]
    [InlineData("The governor will travel to Lincoln next week.", "Lincoln", "United States")]
    public void AWeakCityCountsWhereTheTextPlacesIt(string text, string city, string country)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.Contains(doc.Places, p => p.Kind == PlaceKind.City && p.Name == city && p.Country == country);
    }

    [Theory]
    [InlineData("Lincoln told reporters the deal was close.")]
    [InlineData("The minister thanked Abraham Lincoln for the invitation.")]
    [InlineData("The delegation met Tyler Hawkins in the afternoon.")]
    [InlineData("He said Tyler Hawkins flew to London.")]
    [InlineData("Tampere officials were not reached for comment.")]
    public void AWeakCityInANameOrWithoutAPlaceWordIsNoPlace(string text)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.DoesNotContain(doc.Places, p => p.Name is "Lincoln" or "Tyler" or "Tampere");
    }

    [Fact]
    public void AWeakCityTheArticleGivesAPersonAsANameIsNoPlace()
    {
        var doc = Articles.RunThrough("places",
            "Senator Maria Lincoln met the delegation on Monday. The envoy later wrote to Lincoln about the visa dispute.");

        Assert.DoesNotContain(doc.Places, p => p.Name == "Lincoln");
    }

    [Theory]
    [InlineData("Reading the statement aloud, the spokesman paused.")]
    [InlineData("Mobile phones were banned from the talks.")]
    [InlineData("Split decisions marked the summit in Paris.")]
    public void ACityNamedByACommonWordIsNoPlace(string text)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.DoesNotContain(doc.Places, p => p.Name is "Reading" or "Mobile" or "Split");
    }

    [Fact]
    public void AStrongCityCountsWithoutAPlaceWord()
    {
        var doc = Articles.RunThrough("places", "Nouakchott and Ibadan signed the accord.");

        Assert.Contains(doc.Places, p => p.Name == "Nouakchott" && p.Country == "Mauritania");
        Assert.Contains(doc.Places, p => p.Name == "Ibadan" && p.Country == "Nigeria");
    }

    [Fact]
    public void ASharedNameIsTheLargestPlaceWhenTheArticleSaysNoMore()
    {
        var doc = Articles.RunThrough("places", "The minister arrived in Hamilton on Friday.");

        Assert.Contains(doc.Places, p => p.Name == "Hamilton" && p.Country == "Canada");
    }

    [Fact]
    public void ASharedNameIsThePlaceInTheCountryTheArticleNames()
    {
        var doc = Articles.RunThrough("places",
            "New Zealand's trade minister hosted the delegation. The minister arrived in Hamilton on Friday, New Zealand officials said.");

        Assert.Contains(doc.Places, p => p.Name == "Hamilton" && p.Country == "New Zealand");
    }

    [Fact]
    public void AStrongCityKeepsItsSenseInAnArticleAboutAnotherCountry()
    {
        var doc = Articles.RunThrough("places",
            "The United States and its allies met on Monday. United States officials said the envoy would fly to Moscow next.");

        Assert.Contains(doc.Places, p => p.Name == "Moscow" && p.Country == "Russia");
    }

    [Theory]
    [InlineData("The ambassador opened a consulate in Lincoln, England.", "United Kingdom")]
    [InlineData("The ambassador opened a consulate in Lincoln, Nebraska.", "United States")]
    [InlineData("The talks moved to Alexandria, Romania, in March.", "Romania")]
    public void TheCountryAfterASharedNameSaysWhichPlaceItIs(string text, string country)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.Contains(doc.Places, p => p.Kind == PlaceKind.City && p.Country == country);
    }

    [Theory]
    [InlineData("The convoy reached Tselinny, a border town of Kazakhstan, at dawn.", "Tselinny", "Kazakhstan")]
    [InlineData("The ministers met in Port Sorel, the fishing port in Chile, on Monday.", "Port Sorel", "Chile")]
    public void APlaceTheGazetteerLacksIsACityWhereAnAppositionSaysSo(string text, string city, string country)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.Contains(doc.Places, p => p.Kind == PlaceKind.City && p.Name == city && p.Country == country);
    }

    [Theory]
    [InlineData("Anna Kuznetsova, a town councillor in Kazakhstan, welcomed the envoy.")]
    [InlineData("Marat Tokayev, the city's mayor, welcomed the envoy to Kazakhstan.")]
    public void APersonWithAnAppositionIsNoPlace(string text)
    {
        var doc = Articles.RunThrough("places", text);

        Assert.DoesNotContain(doc.Places, p => p.Kind == PlaceKind.City);
    }
}
