using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Corrections;

/// <summary>
/// A fact's page that shows its corrections and, to a signed-in editor, the forms that correct it (they post to
/// <see cref="MakeModel"/>, which requires sign-in).
/// </summary>
public abstract class CorrectablePage : PageModel
{
    public abstract string Kind { get; }

    /// <summary>This fact's corrections, newest first, for the line under the title and the list with undo buttons.</summary>
    public IReadOnlyList<CorrectionLine> Corrections { get; protected set; } = [];

    public bool CanCorrect => User.Identity?.IsAuthenticated == true;

    // What the correction form reported (MakeModel puts it in TempData), read only for a signed-in editor: reading
    // TempData makes the response clear its cookie, and a response that sets a cookie is never kept by the output
    // cache, so every visit, meeting and official page was rendered afresh for every reader.
    public string? CorrectionNotice => CanCorrect ? TempData[nameof(MakeModel.CorrectionNotice)] as string : null;

    public string? CorrectionError => CanCorrect ? TempData[nameof(MakeModel.CorrectionError)] as string : null;

    /// <summary>The fact's id, for the forms.</summary>
    public int FactId { get; private set; }

    /// <summary>The articles that report the fact, for the split form (read for a signed-in editor only).</summary>
    public IReadOnlyList<SplitChoice> SplitChoices { get; private set; } = [];

    protected async Task LoadCorrectionsAsync(TrackerDbContext db, int id, CancellationToken cancellationToken)
    {
        FactId = id;
        Corrections = await CorrectionLine.ReadAsync(db, Kind, id, 50, cancellationToken);
        if (CanCorrect)
        {
            SplitChoices = await SplitChoice.ReadAsync(db, Kind, id, cancellationToken);
        }
    }
}
