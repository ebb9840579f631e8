using System.Text.RegularExpressions;
using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>The 'contact:' mapping of a role or of site.yml: name, email, phone, address.</summary>
public static partial class ContactLoader
{
    public static Contact? Load(YamlFields owner)
    {
        if (owner.Mapping("contact") is not { } f) return null;
        string? name = f.String("name", required: true);
        string? email = f.String("email");
        string? phone = f.String("phone");
        string? address = f.String("address");
        f.ReportUnknownKeys();
        if (email is not null && !Email().IsMatch(email))
        {
            f.Diagnostics.Report(Codes.InvalidEmail, f.LocationOf("email"), email);
            email = null;
        }
        if (email is null && phone is null && address is null) f.Diagnostics.Report(Codes.ContactWithoutWay, f.Location);
        return name is null ? null : new Contact(name, email, phone, address);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
