using System.Text.Json;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// The countries the tracker knows: the ingestion's country table (Lexicon/countries.json beside the binaries, with
/// ISO 3166 codes) and any other name the store holds as a host or an official's country. Names are the stored ones;
/// each has a slug for its page (<c>/countries/united-states</c>).
/// </summary>
public sealed class CountryTable
{
    private readonly Dictionary<string, CountryRef> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CountryRef> _bySlug = new(StringComparer.Ordinal);

    public CountryTable(string countriesJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(countriesJson));
        foreach (var entry in document.RootElement.GetProperty("countries").EnumerateArray())
        {
            var country = new CountryRef(entry.GetProperty("name").GetString()!, entry.GetProperty("iso2").GetString(), entry.GetProperty("iso3").GetString());
            _byName.TryAdd(country.Name, country);
            _bySlug.TryAdd(country.Slug, country);
        }
    }

    public static CountryTable LoadDefault() => new(Path.Combine(AppContext.BaseDirectory, "Lexicon", "countries.json"));

    /// <summary>The table's entry for a stored name, or one without codes for a name the table lacks.</summary>
    public CountryRef Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out var country) && country.Name == name ? country : new CountryRef(name, null, null);
    }

    /// <summary>Every country named in the store, as a host or as an official's country.</summary>
    public static async Task<IReadOnlyList<string>> StoredAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hosts = await db.Visits.AsNoTracking().Select(v => v.HostCountry).Distinct().ToListAsync(cancellationToken);
        var homes = await db.Officials.AsNoTracking().Where(o => o.Country != null).Select(o => o.Country!).Distinct().ToListAsync(cancellationToken);
        return hosts.Concat(homes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The stored or tabled name a reader's value means (any case, or the slug), or null when none.</summary>
    public async Task<string?> ResolveAsync(TrackerDbContext db, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var stored = await StoredAsync(db, cancellationToken);
        // Only a value written as a slug is read as one: "China' --" is no way of writing China.
        var slug = CountryRef.SlugOf(value) is var s0 && s0 == value ? s0 : null;
        return stored.FirstOrDefault(s => s == value)
            ?? stored.FirstOrDefault(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase) || (slug is not null && CountryRef.SlugOf(s) == slug))
            ?? (_byName.TryGetValue(value, out var named) ? named.Name : slug is not null && _bySlug.TryGetValue(slug, out var slugged) ? slugged.Name : null);
    }
}

/// <summary>A country as the pages name it, with its ISO 3166 codes when the country table has it.</summary>
public sealed record CountryRef(string Name, string? Iso2, string? Iso3)
{
    public string Slug => SlugOf(Name);

    public string Href => "/countries/" + Slug;

    /// <summary>"United States" → "united-states", "Côte d'Ivoire" → "cote-d-ivoire".</summary>
    public static string SlugOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        var slug = new System.Text.StringBuilder();
        foreach (var c in folded.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
