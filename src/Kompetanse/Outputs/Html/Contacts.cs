using Kompetanse.Model;
using Kompetanse.Rendering.Views;

namespace Kompetanse.Outputs.Html;

/// <summary>Contacts as the pages show them, and what a page says when no contact is given.</summary>
public static class Contacts
{
    /// <summary>Said where neither the page nor the site gives a contact: the unit's leader always exists.</summary>
    public const string AskInstead = "Det er ikke lagt inn kontaktopplysninger her. Spør lederen på din barnehage eller skole, styreren eller rektoren, hvem du skal kontakte.";

    public static ContactView? View(Contact? contact) =>
        contact is null ? null : new ContactView(contact.Name, contact.Email, contact.Phone, contact.Address);
}
