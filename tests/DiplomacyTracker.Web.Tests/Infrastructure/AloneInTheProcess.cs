namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>
/// Tests that run after the others, one at a time: the output cache's key holds the store's version, which counts
/// every commit in the process (<c>StoreCommits</c>), so a test that a second answer came from the cache would miss
/// it whenever another test's app wrote in between.
/// </summary>
[CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
public sealed class AloneInTheProcess;
