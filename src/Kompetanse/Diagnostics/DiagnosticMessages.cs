using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Kompetanse.Diagnostics;

public enum MessageLanguage { English, Norwegian }

/// <summary>
/// Diagnostics in the editors' language. English is the text in <see cref="Codes"/>; Norwegian (Bokmål) is in
/// Messages.nb.resx, one line per code, plus the values codes pass in ("a list of text values"). A code without
/// a Norwegian line is told in English rather than not at all.
/// </summary>
public static partial class DiagnosticMessages
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> NorwegianTexts = new(Load);

    /// <summary>Every Norwegian text by name: "KMP012" for a code, "=&lt;English&gt;" for a value.</summary>
    public static IReadOnlyDictionary<string, string> Norwegian => NorwegianTexts.Value;

    /// <summary>"en" or "nb" (also "no", "nn", "nb-NO"); null for anything else.</summary>
    public static MessageLanguage? Parse(string name) => name.ToLowerInvariant().Split('-', '_')[0] switch
    {
        "en" => MessageLanguage.English,
        "nb" or "no" or "nn" => MessageLanguage.Norwegian,
        _ => null,
    };

    /// <summary>English for an English culture, Norwegian otherwise: the site's editors are Norwegian, a developer's machine says English.</summary>
    public static MessageLanguage FromCulture(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? MessageLanguage.English : MessageLanguage.Norwegian;

    public static string Format(Diagnostic diagnostic, MessageLanguage language)
    {
        if (language == MessageLanguage.English || !Norwegian.TryGetValue(diagnostic.Id, out var format)) return diagnostic.Message;
        var args = diagnostic.Args.Select(Translate).ToArray();
        try
        {
            return args.Length == 0 ? format.Replace("{{", "{").Replace("}}", "}") : string.Format(CultureInfo.InvariantCulture, format, args);
        }
        catch (FormatException)
        {
            return diagnostic.Message;
        }
    }

    private static object? Translate(object? arg)
    {
        if (arg is not string text) return arg;
        if (Norwegian.TryGetValue("=" + text, out var norwegian)) return norwegian;
        var suggestion = DidYouMean().Match(text);
        return suggestion.Success ? $" (mente du '{suggestion.Groups[1].Value}'?)" : text;
    }

    [GeneratedRegex(@"^ \(did you mean '(.*)'\?\)$")]
    private static partial Regex DidYouMean();

    private static IReadOnlyDictionary<string, string> Load()
    {
        using var stream = typeof(DiagnosticMessages).Assembly.GetManifestResourceStream("Kompetanse.Diagnostics.Messages.nb.resources")
            ?? throw new InvalidOperationException("the Norwegian messages are not in the assembly");
        using var reader = new ResourceReader(stream);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in reader) texts[(string)entry.Key] = (string)entry.Value!;
        return texts;
    }
}
