using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>A Spectre console over the command's writer: colour and live progress only on a real terminal.</summary>
internal static class Consoles
{
    public static IAnsiConsole For(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Piped or captured output has no width to fit: wide enough that rows stay on one line.
        if (!terminal) console.Profile.Width = 240;
        return console;
    }

    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
