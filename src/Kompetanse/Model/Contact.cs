namespace Kompetanse.Model;

/// <summary>
/// Whom to contact: the office's name and whichever of e-mail, telephone and address the editor has written.
/// Only what is given is shown; nothing is ever filled in.
/// </summary>
public sealed record Contact(string Name, string? Email, string? Phone, string? Address);
