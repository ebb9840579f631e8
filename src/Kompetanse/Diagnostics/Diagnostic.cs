namespace Kompetanse.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A problem found in the input, with where it is. Diagnostics are collected, never thrown.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Location, string Message)
{
    public string Id => Descriptor.Id;
    public Severity Severity => Descriptor.Severity;

    /// <summary>What the message was made from, so it can be told in another language.</summary>
    public IReadOnlyList<object?> Args { get; init; } = [];

    /// <summary>The format editors and CI understand: <c>path(line,col): error KMP012: message</c> (in English).</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";

    /// <summary>The same line with the message in a language; "error"/"warning" stay, so editors' and CI's problem matchers still read it.</summary>
    public string ToString(MessageLanguage language) =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {DiagnosticMessages.Format(this, language)}";
}

/// <summary>A kind of diagnostic: stable id, severity and message format, declared once in <see cref="Codes"/>.</summary>
public sealed record DiagnosticDescriptor(string Id, Severity Severity, string Format)
{
    public Diagnostic At(SourceSpan location, params object?[] args) =>
        new(this, location, args.Length == 0 ? Format : string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, args)) { Args = args };
}
