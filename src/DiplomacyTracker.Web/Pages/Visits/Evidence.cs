namespace DiplomacyTracker.Web.Pages.Visits;

/// <summary>
/// One sentence as the visit page quotes it: the same words in several articles (wire copy, a sentence that reports
/// two meetings) are one sentence with several sources, quoted once on the page.
/// </summary>
public sealed record Sentence(string Text, IReadOnlyList<SourceLink> Sources)
{
    public SourceLink First => Sources[0];

    public string Anchor => $"sentence-{First.ExcerptId}";

    internal static string KeyOf(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A sentence where the page cites it: quoted in full the first time, a link back to that quotation after.</summary>
public sealed record Cited(Sentence Sentence, bool Repeat);

/// <summary>The sentences behind one fact; past <see cref="Shown"/>, the rest fold into a &lt;details&gt;.</summary>
public sealed record EvidenceGroup(IReadOnlyList<Cited> Items)
{
    public const int Shown = 2;

    public IEnumerable<Cited> Visible => Items.Count <= Shown + 1 ? Items : Items.Take(Shown);

    public IReadOnlyList<Cited> Folded => Items.Count <= Shown + 1 ? [] : Items.Skip(Shown).ToList();
}

/// <summary>
/// Walks the page in the order it renders and decides, for each sentence, whether this is where it is quoted: a
/// visit page quoted the same sentence under every meeting and issue it supports (10,500 px tall for one trip).
/// </summary>
internal sealed class EvidencePlan
{
    private readonly HashSet<string> _quoted = new(StringComparer.Ordinal);

    public EvidenceGroup Group(IEnumerable<SourceLink> links)
    {
        var sentences = links
            .GroupBy(l => Sentence.KeyOf(l.Text), StringComparer.Ordinal)
            .Select(g => new Sentence(g.First().Text, g.DistinctBy(l => l.ExcerptId).ToList()))
            .ToList();
        return new EvidenceGroup(sentences.Select(s => new Cited(s, Repeat: !_quoted.Add(Sentence.KeyOf(s.Text)))).ToList());
    }
}
