namespace Kompetanse.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A problem found in the input, with where it is. Diagnostics are collected, never thrown.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Location, string Message)
{
    public string Id => Descriptor.Id;
    public Severity Severity => Descriptor.Severity;

    /// <summary>The format editors and CI understand: <c>path(line,col): error KMP012: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";
}

/// <summary>A kind of diagnostic: stable id, severity and message format, declared once in <see cref="Codes"/>.</summary>
public sealed record DiagnosticDescriptor(string Id, Severity Severity, string Format)
{
    public Diagnostic At(SourceSpan location, params object?[] args) =>
        new(this, location, args.Length == 0 ? Format : string.Format(System.Globalization.CultureInfo.InvariantCulture, Format, args));
}
