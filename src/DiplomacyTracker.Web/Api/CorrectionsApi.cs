using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Corrections;
using DiplomacyTracker.Web.Editors;
using DiplomacyTracker.Web.Ingestion;
using DiplomacyTracker.Web.Pages.Corrections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// <c>/api/corrections</c>: the corrections log for anyone; making and undoing corrections for an editor's script
/// with a token (<c>Authorization: Bearer</c>, see the <c>token</c> command), the same corrections the pages make,
/// with the same record (marked as made through the API).
/// </summary>
internal static class CorrectionsApi
{
    public static void MapCorrectionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/corrections").WithTags("Corrections");
        group.MapGet("", ListAsync).WithName("ListCorrections").WithSummary("Every correction editors made, newest first");
        group.MapGet("/{id:int}", GetAsync).WithName("GetCorrection").WithSummary("One correction").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("", CorrectAsync).WithName("MakeCorrection")
            .WithSummary("Correct a visit, meeting or official (editors with a token)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(EditorTokens.Scheme);
        group.MapPost("/{id:int}/undo", UndoAsync).WithName("UndoCorrection")
            .WithSummary("Undo a correction (editors with a token)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(EditorTokens.Scheme);
    }

    private static async Task<Ok<List<CorrectionLine>>> ListAsync(TrackerDbContext db, string? kind, int? target, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CorrectionLine.ReadAsync(db, kind, target, Pages.Corrections.IndexModel.Limit, cancellationToken));

    private static async Task<Results<Ok<CorrectionLine>, ProblemHttpResult>> GetAsync(int id, TrackerDbContext db, CancellationToken cancellationToken) =>
        (await CorrectionLine.ReadAsync(db, null, null, int.MaxValue, cancellationToken)).FirstOrDefault(c => c.Id == id) is { } line
            ? TypedResults.Ok(line)
            : ApiProblem.NotFound($"There is no correction {id}.");

    private static async Task<Results<Created<CorrectionLine>, ProblemHttpResult>> CorrectAsync(CorrectionRequest request, FactCorrections corrections,
        TrackerDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var author = new CorrectionAuthor(context.User.Identity!.Name!, request.Reason, Via: "api");
        try
        {
            var made = request.Action switch
            {
                CorrectionAction.Edit => await corrections.EditAsync(request.Kind, request.Id, request.Fields ?? [], author, cancellationToken),
                CorrectionAction.Issues => await corrections.SetIssuesAsync(request.Kind, request.Id, request.Add ?? [], request.Remove ?? [], author, cancellationToken),
                CorrectionAction.Merge => await corrections.MergeAsync(request.Kind, request.Id,
                    request.Other ?? throw new CorrectionException("A merge names the other record in 'other'."), author, cancellationToken),
                CorrectionAction.Split => await corrections.SplitAsync(request.Kind, request.Id, request.Articles ?? [], request.Name, author, cancellationToken),
                CorrectionAction.Delete => await corrections.DeleteAsync(request.Kind, request.Id, author, cancellationToken),
                _ => throw new CorrectionException($"'{request.Action}' is not a correction (edit, issues, merge, split, delete)."),
            };
            var line = (await CorrectionLine.ReadAsync(db, made.Kind, made.TargetId, 1, cancellationToken)).Single();
            return TypedResults.Created($"/api/corrections/{made.Id}", line);
        }
        catch (CorrectionException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid correction");
        }
    }

    private static async Task<Results<Ok<UndoAnswer>, ProblemHttpResult>> UndoAsync(int id, FactCorrections corrections, IngestionQueue queue,
        HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            var reread = await corrections.UndoAsync(id, context.User.Identity!.Name!, cancellationToken);
            if (reread.Count > 0)
            {
                queue.Enqueue(IngestionJob.Reextract($"undo correction {id}", reread));
            }

            return TypedResults.Ok(new UndoAnswer(id, reread));
        }
        catch (CorrectionException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid correction");
        }
    }
}

/// <summary>
/// A correction: <c>kind</c> visit, meeting or official; <c>id</c> the fact; <c>action</c> edit (<c>fields</c>, e.g.
/// <c>{"city": "Lima", "date": "2025-03-05"}</c>), issues (<c>add</c>, <c>remove</c>: slugs), merge (<c>other</c> is merged
/// into <c>id</c>), split (<c>articles</c>: the ids of the articles whose reports move to a new record; for an official
/// also <c>name</c>, the other person's) or delete; an optional <c>reason</c>.
/// </summary>
internal sealed record CorrectionRequest(string Kind, int Id, string Action, Dictionary<string, string?>? Fields = null,
    IReadOnlyList<string>? Add = null, IReadOnlyList<string>? Remove = null, int? Other = null, string? Reason = null,
    IReadOnlyList<int>? Articles = null, string? Name = null);

/// <summary>The correction undone, and the articles being read again to undo it (for issues, merges and deletions).</summary>
internal sealed record UndoAnswer(int Undone, IReadOnlyList<int> Rereading);
