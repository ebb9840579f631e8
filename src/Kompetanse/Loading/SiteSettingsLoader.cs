using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>input/site.yml → <see cref="SiteSettings"/>, validated like content.</summary>
public static class SiteSettingsLoader
{
    public const string FileName = "site.yml";

    public static SiteSettings Load(InputFile? file, string inputDisplayPath, DiagnosticBag diagnostics)
    {
        string expected = inputDisplayPath.TrimEnd('/') + "/" + FileName;
        if (file is null)
        {
            diagnostics.Report(Codes.MissingSiteSettings, SourceSpan.File(expected));
            return SiteSettings.Fallback(expected);
        }
        string? text = InputText.Read(file, diagnostics);
        if (text is null) return SiteSettings.Fallback(file.DisplayPath);
        var fields = YamlFields.ParseDocument(text, file.DisplayPath, 0, "site settings", diagnostics);
        if (fields is null) return SiteSettings.Fallback(file.DisplayPath);

        string name = fields.String("name", required: true) ?? "Kompetanse";
        string municipality = fields.String("municipality", required: true) ?? "";
        string baseUrl = HttpsUrl(fields, "base_url") ?? "https://localhost/";
        string language = fields.String("language") ?? Language.Bokmal;
        if (!Language.IsKnown(language))
        {
            diagnostics.Report(Codes.UnknownLanguage, fields.LocationOf("language"), language);
            language = Language.Bokmal;
        }
        string statement = Url(fields, "accessibility_statement", required: true) ?? "https://www.uustatus.no/";
        string? description = fields.String("description");
        string? repository = fields.String("repository");
        if (repository is not null && !RepositoryName.IsMatch(repository))
        {
            diagnostics.Report(Codes.InvalidRepository, fields.LocationOf("repository"), repository);
            repository = null;
        }
        string branch = fields.String("branch") ?? "main";
        if (!BranchName.IsMatch(branch))
        {
            diagnostics.Report(Codes.InvalidBranch, fields.LocationOf("branch"), branch);
            branch = "main";
        }

        var navigation = new List<NavigationItem>();
        foreach (var item in fields.MappingList("navigation"))
        {
            string? title = item.String("title", required: true);
            string? url = item.String("url", required: true);
            if (url is not null && Text.ExecutableUrls.SchemeOf(url) is { } scheme)
            {
                diagnostics.Report(Codes.ExecutableUrl, item.LocationOf("url"), url, scheme);
                url = null;
            }
            string? about = item.String("description");
            item.ReportUnknownKeys();
            if (title is not null && url is not null) navigation.Add(new NavigationItem(title, url, about, item.LocationOf("url")));
        }
        var contact = ContactLoader.Load(fields);
        fields.ReportUnknownKeys();
        return new SiteSettings(name, municipality, baseUrl.TrimEnd('/') + "/", language, statement, description, navigation, fields.Location)
        {
            Repository = repository,
            Branch = branch,
            Contact = contact,
        };
    }

    private static readonly System.Text.RegularExpressions.Regex RepositoryName = new(@"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$");
    private static readonly System.Text.RegularExpressions.Regex BranchName = new(@"^[A-Za-z0-9._/-]+$");

    // The site's own address goes into robots.txt, the sitemap, the feed and the editor's settings: one line, https.
    private static string? HttpsUrl(YamlFields fields, string key)
    {
        string? value = fields.String(key, required: true);
        if (value is null) return null;
        if (!value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == "https" && uri.Host.Length > 0
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0)
            return value;
        fields.Diagnostics.Report(Codes.BaseUrlNotHttps, fields.LocationOf(key), ContainedFolder.Printable(value));
        return null;
    }

    internal static string? Url(YamlFields fields, string key, bool required)
    {
        string? value = fields.String(key, required);
        if (value is null) return null;
        if (!value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return value;
        fields.Diagnostics.Report(Codes.InvalidUrl, fields.LocationOf(key), value);
        return null;
    }
}
