using DiplomacyTracker.Web.Commands;

namespace DiplomacyTracker.Web.Tests.Commands;

public sealed class CommandLineTests
{
    [Fact]
    public void NoArgumentsServes()
    {
        var command = CommandLine.Parse([]);

        Assert.Equal("serve", command.Verb);
        Assert.Null(command.DatabasePath);
    }

    [Fact]
    public void ServeKeepsHostArgumentsAndTakesTheDatabase()
    {
        var command = CommandLine.Parse(["--urls", "http://127.0.0.1:5055", "--db", "x.db"]);

        Assert.Equal("serve", command.Verb);
        Assert.Equal("x.db", command.DatabasePath);
        Assert.Equal(["--urls", "http://127.0.0.1:5055"], command.HostArgs);
    }

    [Fact]
    public void IngestTakesPathsAndDatabase()
    {
        var command = CommandLine.Parse(["ingest", "seeds", "more/a.txt", "--db", "t.db"]);

        Assert.Equal("ingest", command.Verb);
        Assert.Equal(["seeds", "more/a.txt"], command.Paths);
        Assert.Equal("t.db", command.DatabasePath);
    }

    [Fact]
    public void ExportTakesOutputFile()
    {
        var command = CommandLine.Parse(["export", "--out", "e.json"]);

        Assert.Equal(("export", "e.json"), (command.Verb, command.OutputPath));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("export", "--out")]
    [InlineData("ingest", "a.txt", "--db")]
    public void IncompleteCommandLineIsRefusedWithAReason(params string[] args)
    {
        var error = Assert.Throws<CommandLineException>(() => CommandLine.Parse(args));
        Assert.NotEmpty(error.Message);
    }
}
