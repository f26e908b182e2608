using System.Diagnostics;
using System.Globalization;
using DiplomacyTracker.Corpus;

// dotnet run --project src/DiplomacyTracker.Corpus -- --count 10000 --seed 42 --out /tmp/corpus
int count = 1000, seed = 42;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out count) && count > 0:
        case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out seed):
        case "--out" when (output = value) is not null:
            i++;
            break;
        default:
            Console.Error.WriteLine("usage: DiplomacyTracker.Corpus --count N [--seed S] --out FOLDER");
            return 2;
    }
}

if (output is null)
{
    Console.Error.WriteLine("usage: DiplomacyTracker.Corpus --count N [--seed S] --out FOLDER");
    return 2;
}

var clock = Stopwatch.StartNew();
var manifest = CorpusGenerator.Generate(count, seed, output);
Console.WriteLine($"{manifest.Articles} articles ({manifest.QuietArticles} report nothing) in {output} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                  $"{manifest.Visits} visits, {manifest.Meetings} meetings, {manifest.Officials} officials; " +
                  string.Join(", ", manifest.Shapes.Select(s => $"{s.Value} {s.Key}")));
return 0;
