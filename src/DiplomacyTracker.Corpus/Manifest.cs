using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyTracker.Corpus;

/// <summary>
/// The truth behind a generated corpus: what ingesting every article must find. Visits are trips some article
/// reported; meetings are the trips' meetings some article reported; officials are everyone some article names.
/// </summary>
public sealed record Manifest(int Seed, int Articles, int QuietArticles, int Visits, int Meetings, int Officials,
    IReadOnlyDictionary<string, int> Shapes, IReadOnlyList<ManifestTrip> Trips)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Manifest Read(string path) =>
        JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}

public sealed record ManifestTrip(
    string Traveler,
    string Host,
    ManifestDates Dates,
    IReadOnlyList<ManifestMeeting> Meetings,
    IReadOnlyList<string> Issues,
    IReadOnlyList<string> Articles);

public sealed record ManifestDates(DateOnly Start, DateOnly End);

public sealed record ManifestMeeting(string Counterpart, DateOnly Date);
