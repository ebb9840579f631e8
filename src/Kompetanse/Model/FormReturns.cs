namespace Kompetanse.Model;

/// <summary>
/// How many units have returned a form: the extension point for the meeting report (/plan/rapport/). Nothing
/// collects returned forms yet; until something does, <see cref="NoFormReturns"/> knows of none and the report
/// leaves the section out. A source sets <see cref="SiteModel.FormReturns"/> at binding.
/// </summary>
public interface IFormReturns
{
    /// <summary>What is known of this form's returns, or null when nothing is.</summary>
    FormReturnCount? For(FormModel form);
}

/// <summary><paramref name="Returned"/> units have returned the form, of <paramref name="Expected"/> when that is known.</summary>
public sealed record FormReturnCount(int Returned, int? Expected);

public sealed class NoFormReturns : IFormReturns
{
    public static readonly NoFormReturns Instance = new();
    public FormReturnCount? For(FormModel form) => null;
}
