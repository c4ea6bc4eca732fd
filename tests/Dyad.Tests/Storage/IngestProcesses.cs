using System.Diagnostics;

namespace Dyad.Tests.Storage;

/// <summary>`dyad ingest` as a process of its own, as a team runs several against one store.</summary>
internal static class IngestProcesses
{
    public static Process Start(string folder, string db, params string[] options)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dyad.dll"), "ingest", folder, "--db", db, "--quiet" }.Concat(options))
            info.ArgumentList.Add(arg);
        info.Environment.Remove("DYAD_DB");
        return Process.Start(info)!;
    }

    /// <summary>Waits for the process to succeed; what it printed.</summary>
    public static string Finish(Process p)
    {
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), "dyad ingest did not finish in 3 minutes");
        var text = output.Result + error.Result;
        Assert.True(p.ExitCode == 0, $"dyad ingest exited {p.ExitCode}: {text}");
        p.Dispose();
        return text;
    }
}
