using System.ComponentModel.DataAnnotations;
using System.Text;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Web.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Upload;

/// <summary>
/// Editors add articles: saved pages or text files (several at once), or pasted text with an optional title,
/// outlet and date that win over what the extraction finds. Work goes through the ingestion queue; the page
/// waits a little for the outcome and otherwise points to the ingestion log.
/// </summary>
public sealed class IndexModel(IngestionQueue queue, ArticleReaders readers, TimeProvider clock) : PageModel
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [BindProperty]
    public PastedArticle Paste { get; set; } = new();

    public long MaxArticleBytes => readers.MaxBytes;

    public IReadOnlyList<IngestOutcome> Outcomes { get; private set; } = [];

    public bool StillQueued { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFilesAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (files.Count == 0)
        {
            ModelState.AddModelError("files", "Choose at least one file.");
            return Page();
        }

        var items = new List<IngestItem>();
        foreach (var file in files)
        {
            // Read now: the request (and its files) may be gone by the time the queue reaches the job.
            var content = file.Length > readers.MaxBytes ? null : await ReadAsync(file, cancellationToken);
            items.Add(new IngestItem("upload/" + UploadName.Of(file.FileName), () =>
            {
                readers.CheckSize(file.Length);
                return content!;
            }));
        }

        await RunAsync(IngestionJob.Ingest($"upload: {string.Join(", ", files.Select(f => UploadName.Of(f.FileName)))}", items), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var source = $"paste/{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Slug.Of(Paste.Title ?? Paste.Text)}.txt";
        var stated = new StatedMetadata(Paste.Title, Paste.Outlet, Paste.Date);
        var item = new IngestItem(source, () => Encoding.UTF8.GetBytes(Paste.Text ?? ""), stated);
        await RunAsync(IngestionJob.Ingest($"paste: {source}", [item]), cancellationToken);
        if (Outcomes.All(o => o.Status != IngestStatus.Failed))
        {
            ModelState.Clear();
            Paste = new PastedArticle();
        }

        return Page();
    }

    private async Task RunAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        queue.Enqueue(job);
        try
        {
            Outcomes = await job.Completion.WaitAsync(Patience, cancellationToken);
        }
        catch (TimeoutException)
        {
            StillQueued = true;
        }
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
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
    }
}
