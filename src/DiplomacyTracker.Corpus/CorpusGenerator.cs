namespace DiplomacyTracker.Corpus;

/// <summary>
/// Writes <c>count</c> articles and their manifest, the same for the same seed: several articles per trip in
/// different shapes (so the store merges them), and about one in twenty that reports nothing. Files go in folders
/// of a thousand, named so that name order is generation order.
/// </summary>
public static class CorpusGenerator
{
    private const int FilesPerFolder = 1000;

    public static Manifest Generate(int count, int seed, string outputFolder, string? dataFolder = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var random = new Random(seed);
        var world = World.Load(dataFolder);
        var cast = Cast.Of(world, random, TripPlanner.Years * 365 / Cast.TermDays + 1);
        var composer = new ArticleComposer(world, random);

        // About 1.9 articles per trip; plan more trips than needed and stop at the count.
        var planner = new TripPlanner(world, cast, random);
        var articles = new List<ComposedArticle>(count);
        foreach (var trip in planner.Plan(count))
        {
            if (random.Next(20) == 0)
            {
                articles.Add(composer.Quiet(trip.Start));
            }

            foreach (var shape in ShapesFor(random))
            {
                articles.Add(composer.Compose(trip, shape));
            }

            if (articles.Count >= count)
            {
                break;
            }
        }

        articles.RemoveRange(count, articles.Count - count);
        Directory.CreateDirectory(outputFolder);
        var files = new string[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var folder = Path.Combine(outputFolder, "articles", (i / FilesPerFolder).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            files[i] = Path.Combine(folder, $"{i:D7}_{articles[i].Shape.ToString().ToLowerInvariant()}.txt");
            File.WriteAllText(files[i], articles[i].Text);
        }

        var manifest = ManifestOf(seed, articles, files, outputFolder);
        manifest.Write(Path.Combine(outputFolder, "manifest.json"));
        return manifest;
    }

    private static IEnumerable<ArticleShape> ShapesFor(Random random) => random.Next(10) switch
    {
        < 3 => [ArticleShape.Wire],
        < 5 => [ArticleShape.Wire, ArticleShape.Release],
        < 7 => [ArticleShape.Wire, ArticleShape.State],
        < 8 => [ArticleShape.Release, ArticleShape.State],
        < 9 => [ArticleShape.Wire, ArticleShape.Release, ArticleShape.State],
        _ => [ArticleShape.Release],
    };

    private static Manifest ManifestOf(int seed, List<ComposedArticle> articles, string[] files, string root)
    {
        var trips = articles.Select((a, i) => (Article: a, File: Path.GetRelativePath(root, files[i])))
            .Where(a => a.Article.Trip is not null)
            .GroupBy(a => a.Article.Trip!)
            .Select(g => new ManifestTrip(
                g.Key.Traveler.Name,
                g.Key.Host.Name,
                new ManifestDates(g.Key.Start, g.Key.End),
                g.SelectMany(a => a.Article.Meetings).Distinct().OrderBy(m => m.Date)
                    .Select(m => new ManifestMeeting(m.Counterpart.Name, m.Date)).ToList(),
                g.Key.Issues.Select(i => i.Slug).ToList(),
                g.Select(a => a.File).ToList()))
            .ToList();
        var officials = trips.SelectMany(t => t.Meetings.Select(m => m.Counterpart).Append(t.Traveler)).Distinct().Count();
        return new Manifest(seed, articles.Count, articles.Count(a => a.Trip is null), trips.Count, trips.Sum(t => t.Meetings.Count), officials,
            articles.GroupBy(a => a.Shape.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()), trips);
    }
}
