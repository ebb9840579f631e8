using Kompetanse.Diagnostics;

namespace Kompetanse.Model;

/// <summary>A value with the place in the input it came from, for references that binding checks later.</summary>
public sealed record Located<T>(T Value, SourceSpan Location);
