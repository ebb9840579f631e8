using System.CommandLine;
using Kompetanse;
using Kompetanse.Diagnostics;
using Kompetanse.Cli.Preview;

namespace Kompetanse.Cli;

/// <summary>The command line: build, check, preview and links, each with --help.</summary>
public static class Commands
{
    public static RootCommand Root()
    {
        var root = new RootCommand("Kompetanse: builds the competence-development site from Markdown and YAML in input/ with the theme in theme/.");
        root.Options.Add(LanguageOption);
        root.Subcommands.Add(BuildCommand());
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(PreviewCommand());
        root.Subcommands.Add(LinksCommand());
        return root;
    }

    /// <summary>--lang on every command: the language diagnostics are told in.</summary>
    private static readonly Option<string?> LanguageOption = new Option<string?>("--lang")
    {
        Description = "Language of the diagnostics: nb (Norwegian Bokmål) or en (English). Without it: English when the environment's culture is English, otherwise nb.",
        Recursive = true,
    }.AcceptOnlyFromAmong("nb", "en");

    /// <summary>The language this run tells diagnostics in (set from --lang or the environment's culture before a command runs).</summary>
    public static MessageLanguage Language { get; private set; } = DiagnosticMessages.FromCulture(System.Globalization.CultureInfo.CurrentUICulture);

    private static void ReadLanguage(ParseResult parse)
    {
        if (parse.GetValue(LanguageOption) is { } name && DiagnosticMessages.Parse(name) is { } language) Language = language;
    }

    private sealed record FolderOptions(Option<string> Input, Option<string> Theme, Option<string> Output);

    private static FolderOptions AddFolderOptions(Command command, bool withOutput, string outputDescription = "Folder the site is written to; replaced whole on success.")
    {
        var input = new Option<string>("--input") { Description = "Folder with the content (Markdown and YAML).", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "Folder with the templates and assets.", DefaultValueFactory = _ => "theme" };
        var output = new Option<string>("--output") { Description = outputDescription, DefaultValueFactory = _ => "output" };
        command.Options.Add(input);
        command.Options.Add(theme);
        if (withOutput) command.Options.Add(output);
        return new FolderOptions(input, theme, output);
    }

    private static Option<bool> TimingsOption(Command command)
    {
        var timings = new Option<bool>("--timings") { Description = "Print each stage of the build with the time it started, to see where the time goes." };
        command.Options.Add(timings);
        return timings;
    }

    private static Command BuildCommand()
    {
        var command = new Command("build", "Build the site into the output folder. On any error the previous site stays exactly as it was.");
        var folders = AddFolderOptions(command, withOutput: true);
        var timings = TimingsOption(command);
        command.SetAction(parse => { ReadLanguage(parse); return Run(parse.GetValue(folders.Input)!, parse.GetValue(folders.Theme)!, parse.GetValue(folders.Output)!, write: true, parse.GetValue(timings)); });
        return command;
    }

    private static Command CheckCommand()
    {
        var command = new Command("check", "Check the input and theme as a build would (every diagnostic, links included), without writing anything.");
        var folders = AddFolderOptions(command, withOutput: false);
        var timings = TimingsOption(command);
        command.SetAction(parse => { ReadLanguage(parse); return Run(parse.GetValue(folders.Input)!, parse.GetValue(folders.Theme)!, "output", write: false, parse.GetValue(timings)); });
        return command;
    }

    private static Command PreviewCommand()
    {
        var command = new Command("preview", "Build the site in memory, serve it on http://127.0.0.1:5080, and rebuild and reload open pages when input/ or theme/ change. Ctrl+C stops it.");
        var folders = AddFolderOptions(command, withOutput: true, "Accepted as for build; preview serves from memory and writes nothing.");
        var port = new Option<int>("--port") { Description = "Port to serve on.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to bind to; loopback unless you say otherwise.", DefaultValueFactory = _ => "127.0.0.1" };
        command.Options.Add(port);
        command.Options.Add(host);
        command.SetAction((parse, token) =>
        {
            ReadLanguage(parse);
            return PreviewRunner.RunAsync(
                new BuildOptions(parse.GetValue(folders.Input)!, parse.GetValue(folders.Theme)!, parse.GetValue(folders.Output)!),
                parse.GetValue(host)!, parse.GetValue(port), Language, token);
        });
        return command;
    }

    private static Command LinksCommand()
    {
        var command = new Command("links", "List every automatic term link, page by page, with a few words either side and where it goes, to read them through. Builds in memory; writes nothing.");
        var folders = AddFolderOptions(command, withOutput: false);
        var words = new Option<int>("--words") { Description = "Words of context shown on each side of a link.", DefaultValueFactory = _ => 5 };
        command.Options.Add(words);
        command.SetAction(parse => { ReadLanguage(parse); return Guarded(() => RunLinks(parse.GetValue(folders.Input)!, parse.GetValue(folders.Theme)!, Math.Max(0, parse.GetValue(words)))); });
        return command;
    }

    private static int RunLinks(string input, string theme, int words)
    {
        if (!ThemePackages.Ensure(theme, Console.Error)) return 1;
        var result = Build.Run(new BuildOptions(input, theme, "output") { Write = false });
        foreach (var diagnostic in result.Diagnostics)
            (diagnostic.Severity == Kompetanse.Diagnostics.Severity.Error ? Console.Error : Console.Out).WriteLine(diagnostic.ToString(Language));
        var pages = Kompetanse.Verification.TermLinkListing.Collect(result.Outputs, words);
        foreach (var page in pages)
        {
            Console.WriteLine($"{page.Url} ({page.Source})");
            foreach (var link in page.Links)
                Console.WriteLine($"  {link.Before}[{link.Words}]{link.After}  → {link.Target}");
            Console.WriteLine();
        }
        Console.WriteLine($"{Plural(pages.Sum(p => p.Links.Count), "automatic link")} on {Plural(pages.Count, "page")}");
        return result.Succeeded ? 0 : 1;
    }

    private static int Run(string input, string theme, string output, bool write, bool timings) =>
        Guarded(() => RunBuild(input, theme, output, write, timings));

    private static int Guarded(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours, not bad input (that is always a diagnostic): say so plainly, without a stack trace.
            Console.Error.WriteLine($"error KMP999: internal error in the generator: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("The previous output is untouched. Please report this with the input that caused it.");
            return 2;
        }
    }

    private static int RunBuild(string input, string theme, string output, bool write, bool timings)
    {
        if (!ThemePackages.Ensure(theme, Console.Error)) return 1;
        using var progress = new ProgressLine(Console.Error, timings);
        var result = Build.Run(new BuildOptions(input, theme, output) { Write = write, ReleaseWritten = true }, progress);
        progress.Clear();
        if (timings)
        {
            Console.Error.WriteLine($"memory: {GC.GetTotalAllocatedBytes() / 1_048_576} MB allocated, at most {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB resident, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
            Console.Error.WriteLine($"compiler: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled at run time in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
            if (result.LargestPage is { } largest)
                Console.Error.WriteLine($"largest page: /{largest.Path}, {largest.Bytes / 1024.0:0.0} KB (every page checked whole)");
        }
        foreach (var diagnostic in result.Diagnostics)
            (diagnostic.Severity == Kompetanse.Diagnostics.Severity.Error ? Console.Error : Console.Out).WriteLine(diagnostic.ToString(Language));
        Console.WriteLine(Summary(result, output, write, Language));
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The last line of build and check: what was made, how many errors and warnings, how long it took.</summary>
    public static string Summary(BuildResult result, string output, bool write, MessageLanguage language)
    {
        if (language == MessageLanguage.Norwegian)
        {
            string made = write ? (result.Succeeded ? $"bygde {result.Pages} {(result.Pages == 1 ? "side" : "sider")} ({result.Files} filer) i {output}" : "byggingen feilet; det forrige nettstedet er urørt")
                                : (result.Succeeded ? $"sjekket {result.Pages} {(result.Pages == 1 ? "side" : "sider")}" : "sjekken feilet");
            string seconds = result.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));
            return $"{made}: {result.Errors} feil, {result.Warnings} {(result.Warnings == 1 ? "advarsel" : "advarsler")} på {seconds} s";
        }
        string verb = write ? (result.Succeeded ? $"built {result.Pages} pages ({result.Files} files) into {output}" : "build failed; the previous output is untouched")
                            : (result.Succeeded ? $"checked {result.Pages} pages" : "check failed");
        return $"{verb}: {Plural(result.Errors, "error")}, {Plural(result.Warnings, "warning")} in {result.Elapsed.TotalSeconds:0.00} s";
    }

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
