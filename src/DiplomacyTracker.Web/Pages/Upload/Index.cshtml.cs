using System.ComponentModel.DataAnnotations;
using System.Text;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Web.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using DiplomacyTracker.Web.Infrastructure;

namespace DiplomacyTracker.Web.Pages.Upload;

/// <summary>
/// Editors add articles: saved pages or text files (several at once), or pasted text with an optional title,
/// outlet and date that win over what the extraction finds. Work goes through the ingestion queue; the page
/// waits a little for the outcome and otherwise points to the ingestion log.
/// </summary>
public sealed class IndexModel(IngestionQueue queue, ArticleReaders readers, Submissions submissions, TimeProvider clock,
    IOptions<TrackerOptions> options) : PageModel
{
    [BindProperty]
    public PastedArticle Paste { get; set; } = new();

    /// <summary>Whether an upload whose name is already stored is a new version of that article (else it gets a name of its own).</summary>
    [BindProperty]
    public bool ReplaceSameName { get; set; }

    /// <summary>The outlet and original address of the uploaded files, when the editor gives them (they win over what the files say).</summary>
    [BindProperty]
    public UploadSource Source { get; set; } = new();

    public long MaxArticleBytes => readers.MaxBytes;

    public IReadOnlyList<IngestOutcome> Outcomes { get; private set; } = [];

    /// <summary>What was saved, where, while it waits in the queue.</summary>
    public IReadOnlyList<Submitted> Saved { get; private set; } = [];

    public bool StillQueued { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFilesAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!TryValidateModel(Source, nameof(Source)))
        {
            return Page();
        }

        if (files.Count == 0)
        {
            ModelState.AddModelError("files", "Choose at least one file.");
            return Page();
        }

        // Each file goes to disk as it is read from the form (never whole into memory); the job reads them one by one.
        var saved = new List<Submitted>();
        var items = new List<IngestItem>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var wanted = "upload/" + UploadName.Of(file.FileName);
            if (file.Length > readers.MaxBytes)
            {
                var length = file.Length;
                items.Add(new IngestItem(wanted, () => { readers.CheckSize(length); return []; }));
                continue;
            }

            await using var content = file.OpenReadStream();
            var copy = await submissions.SaveAsync(wanted, content, ReplaceSameName, taken, cancellationToken);
            saved.Add(copy);
            items.Add(readers.FileItem(copy.File, copy.Source) with { Stated = new StatedMetadata(Publisher: Source.Outlet, OriginalUrl: Source.OriginalUrl) });
        }

        await RunAsync(IngestionJob.Ingest($"upload: {string.Join(", ", items.Select(i => i.SourcePath))}", items), saved, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Saved before it is queued: whatever happens to the queue or this request, the text is on disk.
        var wanted = $"paste/{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Slug.Of(Paste.Title ?? Paste.Text)}.txt";
        using var text = new MemoryStream(Encoding.UTF8.GetBytes(Paste.Text ?? ""), writable: false);
        var copy = await submissions.SaveAsync(wanted, text, replace: false, new HashSet<string>(), cancellationToken);
        var stated = new StatedMetadata(Paste.Title, Paste.Outlet, Paste.Date, Paste.OriginalUrl);
        var item = readers.FileItem(copy.File, copy.Source) with { Stated = stated };
        await RunAsync(IngestionJob.Ingest($"paste: {copy.Source}", [item]), [copy], cancellationToken);
        // The form is emptied only once the text is stored; while it waits, the editor keeps it (and it is on disk).
        if (Outcomes.Count > 0 && Outcomes.All(o => o.Status != IngestStatus.Failed))
        {
            ModelState.Clear();
            Paste = new PastedArticle();
        }

        return Page();
    }

    private async Task RunAsync(IngestionJob job, IReadOnlyList<Submitted> saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        Submissions.ForgetWhenStored(job, saved);
        queue.Enqueue(job);
        try
        {
            Outcomes = await job.Completion.WaitAsync(TimeSpan.FromSeconds(Math.Max(0, options.Value.UploadWaitSeconds)), cancellationToken);
        }
        catch (TimeoutException)
        {
            StillQueued = true;
        }
        catch (DiplomacyTracker.Domain.DatabaseMovedException e)
        {
            // Saved beside the database all the same; stored once the database is back.
            ModelState.AddModelError("", e.Message);
            StillQueued = true;
        }
    }

    public sealed class PastedArticle
    {
        [Required(ErrorMessage = "Paste the article's text.")]
        [Display(Name = "Article text")]
        public string? Text { get; set; }

        [StringLength(300)]
        public string? Title { get; set; }

        [StringLength(200)]
        public string? Outlet { get; set; }

        [DataType(DataType.Date)]
        public DateOnly? Date { get; set; }

        [StringLength(StoredText.MaxUrlLength)]
        [Url(ErrorMessage = "The original URL must be a full http:// or https:// address.")]
        [Display(Name = "Original URL")]
        public string? OriginalUrl { get; set; }
    }

    public sealed class UploadSource
    {
        [StringLength(200)]
        public string? Outlet { get; set; }

        [StringLength(StoredText.MaxUrlLength)]
        [Url(ErrorMessage = "The original URL must be a full http:// or https:// address.")]
        [Display(Name = "Original URL")]
        public string? OriginalUrl { get; set; }
    }
}
