using System.Diagnostics;
using System.Globalization;

namespace DiplomacyTracker.Benchmarks;

/// <summary>The real app (its built DLL) run as a child process, as a user runs it, with its memory watched.</summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private long _peakBytes;
    private long _cpuTicks;
    private int _lines;

    private AppProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public int OutputLines => _lines;
    public long PeakWorkingSetBytes => Math.Max(_peakBytes, WorkingSetBytes());

    /// <summary>
    /// CPU time the process used (user and system, from /proc/PID/stat), as last sampled: a figure that depends much
    /// less on what else the machine is doing than the elapsed time does.
    /// </summary>
    public TimeSpan CpuTime => TimeSpan.FromSeconds(_cpuTicks / 100.0);

    public static AppProcess Start(string appDll, IEnumerable<string> arguments, BenchStore? store = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(appDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The seeds are not part of a measured corpus; request logging to the console would time the terminal.
        info.Environment["Tracker__IngestSeedsWhenEmpty"] = "false";
        info.Environment["Tracker__InboxFolder"] = "";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Every load client comes from 127.0.0.1, so the per-address search limit would answer most searches 429.
        info.Environment["Tracker__RateLimits__Search"] = "0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in store?.Environment ?? [])
        {
            info.Environment[name] = value;
        }

        var app = new AppProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
        app._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Interlocked.Increment(ref app._lines); } };
        app._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Resident memory now (VmRSS), also kept as the peak.</summary>
    public long WorkingSetBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kb = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            var bytes = kb * 1024;
            _peakBytes = Math.Max(_peakBytes, bytes);

            // Fields 14 and 15 after the command name (which is in parentheses and may hold spaces): utime, stime in ticks of 1/100 s.
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            _cpuTicks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return bytes;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Waits for the process to end, sampling its memory meanwhile.</summary>
    public async Task<int> WaitAsync(CancellationToken cancellationToken)
    {
        while (!_process.HasExited)
        {
            WorkingSetBytes();
            await Task.WhenAny(_process.WaitForExitAsync(cancellationToken), Task.Delay(100, cancellationToken));
        }

        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
