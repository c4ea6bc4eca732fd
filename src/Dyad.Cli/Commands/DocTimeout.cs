using System.CommandLine;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary>
/// `--doc-timeout SECONDS` of ingest, watch and serve: the time one document may take to code before it is reported
/// and skipped while the rest of its batch is stored (issue 19). 0 turns the budget off.
/// </summary>
internal static class DocTimeout
{
    public static Option<double> Create() => new("--doc-timeout")
    {
        Description = "Seconds one document may take to code before it is skipped with an error (0: no limit)",
        DefaultValueFactory = _ => CodingBudget.DefaultLimit.TotalSeconds,
    };

    /// <summary>The budget the option gives, or an error line for a value that is not a number of seconds.</summary>
    public static (TimeSpan? Budget, string? Error) Read(ParseResult parse, Option<double> option)
    {
        var seconds = parse.GetValue(option);
        if (seconds == 0) return (null, null);
        // A positive value too small for a TimeSpan's ticks (100 ns) would be no budget at all, not the smallest one.
        if (double.IsNaN(seconds) || seconds < 1e-7 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            return (null, $"--doc-timeout {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a number of seconds from 0.0000001 on (0: no limit)");
        return (TimeSpan.FromSeconds(seconds), null);
    }
}
