using System.Runtime.CompilerServices;

namespace Kompetanse.Model;

/// <summary>Identity comparison for records used as keys: two concepts with equal fields are still two files.</summary>
public sealed class ByReference<T> : IEqualityComparer<T> where T : class
{
    public static readonly ByReference<T> Instance = new();
    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);
    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
