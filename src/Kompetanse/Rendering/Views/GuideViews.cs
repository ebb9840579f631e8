namespace Kompetanse.Rendering.Views;

/// <summary>/hva-gjor-jeg/: the guides, one for kindergarten and one for school.</summary>
public sealed record GuideIndexView(string Title, string Intro, IReadOnlyList<GuideLinkView> Guides);

public sealed record GuideLinkView(string Title, string Url, string Intro, int StepCount);

/// <summary>One guide: its steps in order, each with its law, concepts and roles, and whom to ask.</summary>
public sealed record GuideView(string Title, string Intro, IReadOnlyList<GuideStepView> Steps, ContactView? Contact, string? AskInstead);

public sealed record GuideStepView(
    int Number,
    string Anchor,
    string Title,
    string Text,
    IReadOnlyList<LegalView> Legal,
    string? LawNote,
    IReadOnlyList<ConceptLinkView> Concepts,
    IReadOnlyList<LinkView> Roles);

/// <summary>A contact as given in the input: only the parts that were written.</summary>
public sealed record ContactView(string Name, string? Email, string? Phone, string? Address)
{
    /// <summary>"tel:" wants digits and a leading +, no spaces.</summary>
    public string? PhoneLink => Phone is null ? null : "tel:" + new string(Phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
