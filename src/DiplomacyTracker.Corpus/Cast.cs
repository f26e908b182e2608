namespace DiplomacyTracker.Corpus;

/// <summary>An invented official in one government term: a name, a country and the title held in that term.</summary>
internal sealed record Person(string Given, string Family, string Title, CountryData Country, int Term)
{
    public string Name => $"{Given} {Family}";
}

/// <summary>
/// The officials of every country, government by government: each term is a new cabinet of one person per title,
/// with each family name once, so a surname alone names one person within any article. A name may come back in a
/// later cabinet with another title, as ministers do.
/// </summary>
internal static class Cast
{
    public const int TermDays = 4 * 365;

    public static IReadOnlyList<Person> Of(World world, Random random, int terms)
    {
        var titles = world.Titles.Traveler.Concat(world.Titles.Counterpart).Distinct().ToList();
        var people = new List<Person>();
        foreach (var country in world.Countries)
        {
            for (var term = 0; term < terms; term++)
            {
                var families = country.Family.OrderBy(_ => random.Next()).Take(titles.Count).ToList();
                for (var i = 0; i < families.Count; i++)
                {
                    people.Add(new Person(country.Given[random.Next(country.Given.Count)], families[i], titles[i], country, term));
                }
            }
        }

        return people;
    }
}
