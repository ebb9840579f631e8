using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Kompetanse.Rendering;

namespace Kompetanse.Outputs;

/// <summary>
/// The theme's assets/ folder, copied to /assets/, and Digdir's Designsystemet CSS from the theme's npm
/// packages, copied to /assets/designsystemet/: the site never loads anything from another host.
/// </summary>
public sealed class ThemeAssetsOutput : IOutputModule
{
    public const string DesignSystemUrl = "/assets/designsystemet/designsystemet.css";
    public const string DesignSystemThemeUrl = "/assets/designsystemet/theme.css";
    public const string PackageFolder = "node_modules/@digdir/designsystemet-css/dist";

    public string Name => "assets";

    /// <summary>The theme's favicon.ico goes to the root, where browsers (and feed readers) ask for it whatever a page links.</summary>
    public const string RootFavicon = "favicon.ico";

    /// <summary>Where the design system's files come from in the theme, and where they go.</summary>
    public static IReadOnlyList<(string From, string To)> DesignSystemFiles =>
    [
        ("src/index.css", DesignSystemUrl.TrimStart('/')),
        ("theme/designsystemet.css", DesignSystemThemeUrl.TrimStart('/')),
    ];

    /// <summary>The zip library the form pages use to fill in the downloadable documents in the reader's browser.</summary>
    public const string ZipLibraryUrl = "/assets/vendor/fflate.js";

    /// <summary>Browser scripts from the theme's npm packages (paths under the theme folder), copied as they are with their licences.</summary>
    public static IReadOnlyList<(string From, string To)> VendorFiles =>
    [
        ("node_modules/fflate/umd/index.js", ZipLibraryUrl.TrimStart('/')),
        ("node_modules/fflate/LICENSE", "assets/vendor/fflate.LICENSE.txt"),
    ];

    public void Produce(BuildContext context, OutputSink sink)
    {
        string themeFolder = context.Theme.Folder;
        string assets = Path.Combine(themeFolder, Theme.AssetsFolder);
        if (Directory.Exists(assets))
        {
            foreach (var file in InputLoader.Scan(assets, context.Diagnostics))
                Publish(sink, file.RelativePath == RootFavicon ? RootFavicon : "assets/" + file.RelativePath, file, context.Diagnostics);
        }

        string package = Path.Combine(themeFolder, PackageFolder);
        foreach (var (from, to) in DesignSystemFiles)
        {
            string source = Path.Combine(package, from);
            if (ContainedFolder.RealPath(source) is { } real && !ContainedFolder.IsInside(real, ContainedFolder.RealPath(Path.GetFullPath(themeFolder)) ?? themeFolder))
                context.Diagnostics.Report(Codes.LinkOutsideFolder, SourceSpan.File(InputLoader.DisplayPath(source)), real, InputLoader.DisplayPath(themeFolder));
            else if (File.Exists(source))
                Publish(sink, to, ContainedFolder.At(source, themeFolder), context.Diagnostics);
            else
                context.Diagnostics.Report(Codes.MissingDesignSystem, SourceSpan.File(InputLoader.DisplayPath(themeFolder)), InputLoader.DisplayPath(source));
        }

        string realTheme = ContainedFolder.RealPath(Path.GetFullPath(themeFolder)) ?? themeFolder;
        foreach (var (from, to) in VendorFiles)
        {
            string source = Path.Combine(themeFolder, from);
            if (ContainedFolder.RealPath(source) is { } real && !ContainedFolder.IsInside(real, realTheme))
                context.Diagnostics.Report(Codes.LinkOutsideFolder, SourceSpan.File(InputLoader.DisplayPath(source)), real, InputLoader.DisplayPath(themeFolder));
            else if (File.Exists(source))
                Publish(sink, to, ContainedFolder.At(source, themeFolder), context.Diagnostics);
            else
                context.Diagnostics.Report(Codes.MissingThemePackage, SourceSpan.File(InputLoader.DisplayPath(themeFolder)), InputLoader.DisplayPath(source));
        }
    }

    /// <summary>A theme file, published with the bytes the input gate read and checked.</summary>
    internal static void Publish(OutputSink sink, string to, InputFile file, DiagnosticBag diagnostics)
    {
        if (ContainedFolder.Read(file, SizeLimit.ThemeFile, diagnostics) is { } bytes)
            sink.Add(new OutputFile(to, bytes, SourceSpan.File(file.DisplayPath)) { Copied = true });
    }

    /// <summary>The theme's scripts (assets/js/*.js), loaded deferred on every page; pages work without them.</summary>
    public static IReadOnlyList<string> Scripts(Theme theme)
    {
        string folder = Path.Combine(theme.Folder, Theme.AssetsFolder, "js");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.js").Select(f => "/assets/js/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
