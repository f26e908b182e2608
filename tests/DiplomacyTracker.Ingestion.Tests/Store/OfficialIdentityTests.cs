using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Ingestion.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>One person across articles, whichever spelling each article prints.</summary>
public sealed class OfficialIdentityTests : IDisposable
{
    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(Articles.Pipeline, engine: engine);
    }

    private Task IngestAsync(string name, string text) => _store.IngestAsync(name, text);

    private async Task<List<(string Name, string? Country, List<string> Aliases)>> OfficialsAsync()
    {
        await using var db = _store.Db();
        return (await db.Officials.OrderBy(o => o.Id).ToListAsync()).Select(o => (o.Name, o.Country, o.Aliases)).ToList();
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TransliteratedGivenNamesAreOnePerson(StoreProvider engine)
    {
        Open(engine);
        await IngestAsync("a.txt", "Russian Foreign Minister Sergey Orlov arrived in Lima on Monday, 2 March 2026, for talks with Peruvian Foreign Minister Ana Quispe.");
        await IngestAsync("b.txt", "Russian Foreign Minister Sergei Orlov met Peruvian Foreign Minister Ana Quispe in Lima on 3 March 2026.");

        var orlov = Assert.Single(await OfficialsAsync(), o => o.Name.EndsWith("Orlov", StringComparison.Ordinal));
        Assert.Contains(orlov.Aliases.Append(orlov.Name), n => n == "Sergei Orlov");
        Assert.Contains(orlov.Aliases.Append(orlov.Name), n => n == "Sergey Orlov");
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task FamilyNameAloneJoinsTheOneOfficialItCanBeAndTheFullerNameIsShown(StoreProvider engine)
    {
        Open(engine);
        await IngestAsync("a.txt", "Mr. Tamberlane, the Australian Prime Minister, flew to Jakarta on 2 March 2026 for talks with Indonesian President Budi Hartono.");
        await IngestAsync("b.txt", "Australian Prime Minister Mark Tamberlane met Indonesian President Budi Hartono in Jakarta on 3 March 2026.");

        var pm = Assert.Single(await OfficialsAsync(), o => o.Name.EndsWith("Tamberlane", StringComparison.Ordinal));
        Assert.Equal("Mark Tamberlane", pm.Name);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task HyphenAndPatronymicSpellingsAreOnePerson(StoreProvider engine)
    {
        Open(engine);
        await IngestAsync("a.txt", "North Korean leader Pak Jong-il arrived in Hanoi on 2 March 2026 and met Vietnamese President Lan Pham.");
        await IngestAsync("b.txt", "North Korean leader Pak Jong Il met Vietnamese President Lan Pham in Hanoi on 3 March 2026.");
        await IngestAsync("c.txt", "Russian President Ivan Ivanovich Sorokin arrived in Hanoi on 4 March 2026 and met Vietnamese President Lan Pham.");
        await IngestAsync("d.txt", "Russian President Ivan Sorokin met Vietnamese President Lan Pham in Hanoi on 5 March 2026.");

        var officials = await OfficialsAsync();
        Assert.Single(officials, o => o.Name.StartsWith("Pak", StringComparison.Ordinal));
        Assert.Single(officials, o => o.Name.EndsWith("Sorokin", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task SameFamilyNameWithAnotherGivenNameOrCountryIsAnotherPerson(StoreProvider engine)
    {
        Open(engine);
        await IngestAsync("a.txt", "Kenyan President Peter Otieno arrived in Accra on 2 March 2026 with First Lady Grace Otieno and met Ghanaian President Kofi Mensah.");
        await IngestAsync("b.txt", "Brazilian Foreign Minister Ana Mensah arrived in Lima on 3 March 2026 and met Peruvian Foreign Minister Ana Quispe.");

        var officials = await OfficialsAsync();
        Assert.Single(officials, o => o.Name == "Peter Otieno");
        Assert.Single(officials, o => o.Name == "Kofi Mensah");
        Assert.Single(officials, o => o.Name == "Ana Mensah");
    }
}
