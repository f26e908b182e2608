using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Infrastructure;
using Serilog;

// A pattern that backtracks without end on hostile text fails that match (and so that article) instead of pinning a
// core for good; 10 s of wall clock, so a busy machine does not cut short an ordinary match.
// Must be set before any regex is first used; generated regexes read it once.
AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(10));

CommandLine command;
try
{
    command = CommandLine.Parse(args);
}
catch (CommandLineException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (command.Verb == "hash-password")
{
    return HashPasswordCommand.Run(Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
}

if (command.Verb == "explain")
{
    return ExplainCommand.Run(command.Paths, Console.Out, Console.Error);
}

// The content root is the app's own folder (settings, static files); relative paths the user gives — on the
// command line or in configuration — are relative to the folder the app is run from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = AppContext.BaseDirectory });

// Run from the build output (dotnet run, tests) wwwroot is found through the static web assets manifest in every
// environment; a published app has no manifest and serves its own copy of wwwroot.
builder.WebHost.UseStaticWebAssets();
if (command.Verb != "serve")
{
    // Commands print their own lines; the log only speaks up for problems.
    builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
}

builder.AddTracker(command.DatabasePath);
builder.AddTrackerIngestion();
builder.AddTrackerHardening();
builder.Services.AddRazorPages();
builder.Services.AddTrackerApi();
builder.AddTrackerPageCaching();

var app = builder.Build();
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = command.Verb != "serve"; stopping.Cancel(); };

try
{
    if (command.Verb is "ingest" or "reextract")
    {
        app.Services.StartExtractionWarmUp(stopping.Token);
    }

    await app.Services.PrepareDatabaseAsync(ingestSeeds: command.Verb == "serve", stopping.Token);
    switch (command.Verb)
    {
        case "ingest":
            return await IngestCommand.RunAsync(app.Services, command.Paths, Console.Out,
                Console.IsErrorRedirected ? null : Console.Error, stopping.Token);
        case "reextract":
            return await ReextractCommand.RunAsync(app.Services, Console.Out, stopping.Token);
        case "token":
            return await TokenCommand.RunAsync(app.Services, command.Paths, Console.Out, Console.Error, stopping.Token);
        case "export":
            return await ExportCommand.RunAsync(app.Services, command.OutputPath, Console.Out, stopping.Token);
    }

    app.UseTrackerSecurityHeaders();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error");
    }

    app.UseSerilogRequestLogging();
    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseRateLimiter();
    app.UseStaticFiles();
    app.UseRouting();
    app.UseTrackerRequestLimits();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseOutputCache();
    app.MapRazorPages();
    app.MapTrackerApi();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    Log.Fatal(e, "DiplomacyTracker stopped");
    Console.Error.WriteLine($"error: {e.GetBaseException().Message}");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
