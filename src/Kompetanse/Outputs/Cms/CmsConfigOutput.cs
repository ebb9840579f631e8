using System.Globalization;
using System.Text;
using Kompetanse.Cms;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;

namespace Kompetanse.Outputs.Cms;

/// <summary>
/// The editor at /admin/: the theme's admin/index.html, Decap CMS from the theme's npm packages (the main script,
/// the chunks it loads on demand and its WebAssembly files, never from another host), and admin/config.yml
/// written from <see cref="CmsSchema"/>, the content model the loaders check. A theme without admin/ has no editor.
/// Nothing here is a page: /admin/ is not in the sitemap, the search index or the feed.
/// </summary>
public sealed class CmsConfigOutput : IOutputModule
{
    public const string ThemeFolder = "admin";
    public const string PackageFolder = "node_modules/decap-cms/dist";
    public const string ConfigPath = "admin/config.yml";
    public const string ScriptFolder = "admin/decap-cms/";

    /// <summary>Where Decap looks for decap-server when the editor is opened on localhost (unless the build says otherwise).</summary>
    public const string LocalBackendUrl = "http://localhost:8081/api/v1";

    /// <summary>Where uploaded images go (under input/) and the address the site serves them at.</summary>
    public const string MediaFolder = "bilder";

    public string Name => "cms";

    public void Produce(BuildContext context, OutputSink sink)
    {
        string admin = Path.Combine(context.Theme.Folder, ThemeFolder);
        if (!Directory.Exists(admin)) return;
        foreach (var file in InputLoader.Scan(admin, context.Diagnostics))
            ThemeAssetsOutput.Publish(sink, "admin/" + file.RelativePath, file, context.Diagnostics);

        string package = Path.Combine(context.Theme.Folder, PackageFolder);
        string main = Path.Combine(package, "decap-cms.js");
        if (!File.Exists(main))
        {
            context.Diagnostics.Report(Codes.MissingCms, SourceSpan.File(InputLoader.DisplayPath(context.Theme.Folder)), InputLoader.DisplayPath(main));
            return;
        }
        foreach (string file in ScriptFiles(package))
            ThemeAssetsOutput.Publish(sink, ScriptFolder + Path.GetFileName(file), ContainedFolder.At(file, context.Theme.Folder), context.Diagnostics); // a link placed here is refused, not followed

        var activities = context.Site.Plan?.Activities.Select(a => (a.Activity.Id, a.Activity.Title)).ToList();
        sink.Add(OutputFile.Text(ConfigPath, Config(context.Site.Settings, context.CmsLocalBackend ?? LocalBackendUrl, activities), context.Site.Settings.Location));
    }

    /// <summary>What the editor loads: decap-cms.js, its numbered chunks, the WebAssembly files and the licence notice (no source maps, no second build).</summary>
    public static IEnumerable<string> ScriptFiles(string package) =>
        Directory.EnumerateFiles(package)
            .Where(f => Path.GetFileName(f) is var name
                && (name == "decap-cms.js" || name == "decap-cms.js.LICENSE.txt" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    /// <summary>Decap's config.yml for these site settings.</summary>
    public static string Config(Model.SiteSettings settings, string localBackend = LocalBackendUrl, IReadOnlyList<(string Id, string Title)>? activities = null)
    {
        var backend = new Map { ["name"] = "github", ["branch"] = settings.Branch };
        if (settings.Repository is { } repository) backend["repo"] = repository;
        var config = new Map
        {
            ["backend"] = backend,
            ["publish_mode"] = "editorial_workflow",
            ["local_backend"] = new Map { ["url"] = localBackend },
            ["locale"] = "nb_no",
            ["site_url"] = settings.BaseUrl,
            ["display_url"] = settings.BaseUrl,
            ["media_folder"] = $"{CmsSchema.InputFolder}/{MediaFolder}",
            ["public_folder"] = $"/{MediaFolder}",
            ["slug"] = new Map { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" },
            ["collections"] = CmsSchema.Collections(activities).Select(Collection).ToList<object>(),
        };
        var yaml = new StringBuilder();
        yaml.Append("# Decap CMS settings for the editor at /admin/, written by the generator from the content model\n");
        yaml.Append("# (src/Kompetanse/Cms/CmsSchema.cs) and input/site.yml. Edit those, not this file.\n");
        Write(yaml, config, 0);
        return yaml.ToString();
    }

    private static Map Collection(CmsCollection c)
    {
        var map = new Map { ["name"] = c.Name, ["label"] = c.Label };
        if (c.LabelSingular is { } singular) map["label_singular"] = singular;
        if (c.Description is { } description) map["description"] = description;
        // The same media folder again for each collection ("/" = from the repository root): without one of its own,
        // Decap 3.16 gives an entry only the images of the media library it happens to have loaded already, so a
        // new entry opened directly could not pick an image that is there.
        map["media_folder"] = $"/{CmsSchema.InputFolder}/{MediaFolder}";
        map["public_folder"] = $"/{MediaFolder}";
        if (c.Folder is { } folder)
        {
            map["folder"] = folder;
            map["create"] = true;
            map["slug"] = "{{slug}}";
            map["identifier_field"] = "title";
            map["extension"] = c.Extension;
            if (c.PreviewPath is { } previewPath) map["preview_path"] = previewPath;
            map["format"] = c.Extension == "md" ? "frontmatter" : "yml";
            map["fields"] = c.Fields.Select(Field).ToList<object>();
        }
        else
        {
            map["files"] = c.Files.Select(f => (object)new Map
            {
                ["name"] = f.Name,
                ["label"] = f.Label,
                ["file"] = f.InputPath,
                ["preview_path"] = f.PreviewPath,
                ["fields"] = f.Fields.Select(Field).ToList<object>(),
            }).ToList();
        }
        return map;
    }

    /// <summary>How many options a relation lists: more than any collection or plan will hold.</summary>
    public const int RelationOptions = 1000;

    private static Map Field(CmsField f)
    {
        var map = new Map { ["name"] = f.Name, ["label"] = f.Label, ["widget"] = f.Widget };
        if (!f.Required) map["required"] = false;
        if (f.Hint is { } hint) map["hint"] = hint;
        if (f.Default is { } value) map["default"] = value;
        switch (f.Widget)
        {
            case "select":
                map["options"] = f.Options.Select(o => (object)new Map { ["label"] = o.Label, ["value"] = o.Value }).ToList();
                break;
            case "relation":
                map["collection"] = f.Collection!;
                if (f.File is { } file) map["file"] = file;
                map["value_field"] = f.ValueField!;
                map["search_fields"] = (f.SearchFields.Count > 0 ? f.SearchFields : [f.DisplayField!]).ToList<object>();
                map["display_fields"] = new List<object> { f.DisplayField! };
                map["multiple"] = f.Multiple;
                // Decap offers 20 options unless told: every entry must be listed and pickable.
                map["options_length"] = RelationOptions;
                break;
            case "datetime":
                map["date_format"] = "YYYY-MM-DD";
                map["time_format"] = false;
                map["format"] = "YYYY-MM-DD";
                break;
            case "number":
                map["value_type"] = "int";
                break;
            case "list" when f.Fields.Count > 0:
                if (f.LabelSingular is { } entry) map["label_singular"] = entry;
                if (f.Summary is { } summary) map["summary"] = summary;
                map["fields"] = f.Fields.Select(Field).ToList<object>();
                map["collapsed"] = true;
                break;
            case "list" when f.Item is { } item:
                if (f.LabelSingular is { } singular) map["label_singular"] = singular;
                // A collapsed item shows its value, not the word "Oppgave".
                if (f.Summary is { } itemSummary) map["summary"] = itemSummary;
                map["field"] = Field(item);
                break;
            case "list":
                throw new InvalidOperationException($"'{f.Name}' is a plain Decap list, which splits typed text at commas: give it an Item or Fields");
            case "object":
                map["fields"] = f.Fields.Select(Field).ToList<object>();
                break;
        }
        if (f.Pattern is { } pattern) map["pattern"] = new List<object> { pattern.Regex, pattern.Message };
        return map;
    }

    /// <summary>An ordered mapping, written in insertion order.</summary>
    private sealed class Map : List<KeyValuePair<string, object>>
    {
        public object this[string key]
        {
            set
            {
                int i = FindIndex(p => p.Key == key);
                if (i >= 0) this[i] = new(key, value);
                else Add(new(key, value));
            }
        }
    }

    // Block-style YAML; every string double-quoted (JSON escapes are valid YAML), so no value is misread.
    private static void Write(StringBuilder yaml, Map map, int indent, bool firstInline = false)
    {
        bool first = true;
        foreach (var (key, value) in map)
        {
            if (!(first && firstInline)) yaml.Append(' ', indent);
            first = false;
            yaml.Append(key).Append(':');
            WriteValue(yaml, value, indent);
        }
    }

    private static void WriteValue(StringBuilder yaml, object value, int indent)
    {
        switch (value)
        {
            case Map nested when nested.Count == 0:
                yaml.Append(" {}\n");
                break;
            case Map nested:
                yaml.Append('\n');
                Write(yaml, nested, indent + 2);
                break;
            case IEnumerable<object> list when !list.Any():
                yaml.Append(" []\n");
                break;
            case IEnumerable<object> list when list.All(i => i is not Map):
                yaml.Append(" [").Append(string.Join(", ", list.Select(Scalar))).Append("]\n");
                break;
            case IEnumerable<object> list:
                yaml.Append('\n');
                foreach (var item in list)
                {
                    yaml.Append(' ', indent + 2).Append("- ");
                    Write(yaml, (Map)item, indent + 4, firstInline: true);
                }
                break;
            default:
                yaml.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c is '"' or '\\') quoted.Append('\\').Append(c);
            else if (c == '\n') quoted.Append("\\n");
            else if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => Quoted(s),
        _ => throw new ArgumentException($"no YAML for {value.GetType().Name}"),
    };
}

