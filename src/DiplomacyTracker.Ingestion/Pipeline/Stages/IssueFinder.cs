using DiplomacyTracker.Ingestion.Pipeline.Document;

namespace DiplomacyTracker.Ingestion.Pipeline.Stages;

/// <summary>
/// Finds the issues of the taxonomy (Lexicon/issues.json) in one pass of a single combined pattern over the text,
/// one mention per issue per sentence, skipping credit lines and datelines.
/// </summary>
internal sealed class IssueFinder(Lexicon lexicon) : IArticleStage
{
    public DocumentPart Reads => DocumentPart.Text | DocumentPart.Sentences | DocumentPart.Datelines;

    public DocumentPart Assigns => DocumentPart.Issues;

    public ArticleDocument Run(ArticleDocument document, CancellationToken cancellationToken)
    {
        var found = new List<IssueMention>();
        var seen = new HashSet<(string, int)>();
        var groups = lexicon.Issues.Select((issue, n) => (issue.Slug, Group: $"i{n}")).ToList();
        foreach (System.Text.RegularExpressions.Match match in lexicon.IssuePattern.Matches(document.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (document.SentenceAt(match.Index) is not { IsCredit: false } sentence || document.InDateline(match.Index))
            {
                continue;
            }

            var slug = groups.FirstOrDefault(g => match.Groups[g.Group].Success).Slug;
            if (slug is not null && seen.Add((slug, sentence.Index)))
            {
                found.Add(new IssueMention(slug, match.Index, match.Length, sentence.Index));
            }
        }

        return document with { Issues = found };
    }
}
