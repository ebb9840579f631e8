using System.Collections.Concurrent;
using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Loading;

/// <summary>Everything read from the input folder, before any name is resolved.</summary>
public sealed record LoadedInput(
    SiteSettings Settings,
    IReadOnlyList<Concept> Concepts,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<QuestionSet> Forms,
    Plan? Plan,
    Budget? Budget,
    IReadOnlyList<InputFile> StaticFiles)
{
    /// <summary>Answers units have handed back (input/svar/); never published as files.</summary>
    public IReadOnlyList<ReturnedAnswers> Returns { get; init; } = [];

    /// <summary>The "Hva gjør jeg?" guides (input/veiledere/), ordered by their 'order', then slug.</summary>
    public IReadOnlyList<Guide> Guides { get; init; } = [];

    /// <summary>The units expected to answer (input/enheter.yml), or none.</summary>
    public UnitList Units { get; init; } = UnitList.None;

    /// <summary>Words that mean the same to search (input/sok/synonymer.yml), or none.</summary>
    public SynonymList Synonyms { get; init; } = SynonymList.None;

    /// <summary>When each file last changed in git, by display path.</summary>
    public IReadOnlyDictionary<string, DateOnly> FileDates { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>Every file found in the input, whatever became of it (personal data is looked for in all of them).</summary>
    public IReadOnlyList<InputFile> Files { get; init; } = [];

    /// <summary>The plan file's committed versions, oldest first; empty outside a git repository.</summary>
    public IReadOnlyList<PlanVersion> PlanHistory { get; init; } = [];
}

/// <summary>
/// The load stage: finds the files, and reads each with the loader its folder calls for, in parallel.
/// Where a file lives says what it is (concepts/ → Concept, any other .md → Page, other files are copied).
/// </summary>
public static class InputLoader
{
    /// <summary>Folders that hold one content type each; their files are never copied or made into generic pages.</summary>
    public static readonly IReadOnlySet<string> ContentFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        ConceptLoader.Folder, RoleLoader.Folder, PlanLoader.Folder, FormLoader.Folder, AnswerLoader.Folder, GuideLoader.Folder,
    };

    public static LoadedInput Load(string inputFolder, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var dates = Task.Run(() => GitDates.Read(inputFolder));
        var history = Task.Run(() => PlanHistory.Read(inputFolder, PlanLoader.PlanFile));
        // Each file is loaded as soon as the walk finds it: the walk (one core, a few system calls a file)
        // and the loading overlap instead of one waiting for the other.
        var found = new BlockingCollection<InputFile>();
        var scanning = Task.Run(() =>
        {
            try { return Scan(inputFolder, diagnostics, found.Add); }
            finally { found.CompleteAdding(); }
        });
        SiteSettings? settings = null;

        var concepts = new ConcurrentBag<Concept>();
        var pages = new ConcurrentBag<Page>();
        var roles = new ConcurrentBag<Role>();
        var forms = new ConcurrentBag<QuestionSet>();
        var guides = new ConcurrentBag<Guide>();
        Plan? plan = null;
        Budget? budget = null;
        UnitList? units = null;
        SynonymList? synonyms = null;
        var returns = new ConcurrentBag<ReturnedAnswers>();
        var statics = new ConcurrentBag<InputFile>();
        Parallel.ForEach(Partitioner.Create(found.GetConsumingEnumerable(), EnumerablePartitionerOptions.NoBuffering), file =>
        {
            if (file.RelativePath == SiteSettingsLoader.FileName)
            {
                settings = SiteSettingsLoader.Load(file, DisplayPath(inputFolder), diagnostics);
                return;
            }
            object? document = cache is null ? LoadOne(file, diagnostics) : cache.GetOrLoad(file, diagnostics, LoadOne);
            switch (document)
            {
                case Concept concept: concepts.Add(concept); break;
                case Role role: roles.Add(role); break;
                case QuestionSet form: forms.Add(form); break;
                case Guide guide: guides.Add(guide); break;
                case Plan p: plan = p; break;
                case Budget b: budget = b; break;
                case ReturnedAnswers r: returns.Add(r); break;
                case UnitList u: units = u; break;
                case SynonymList s: synonyms = s; break;
                case Page page: pages.Add(page); break;
                case InputFile copy: statics.Add(copy); break;
            }
        });

        var files = scanning.GetAwaiter().GetResult();
        // Parallel loading finishes in any order; sort so every later stage sees the same input every time.
        return new LoadedInput(
            settings ?? SiteSettingsLoader.Load(null, DisplayPath(inputFolder), diagnostics),
            concepts.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList(),
            pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList(),
            roles.OrderBy(r => r.Slug, StringComparer.Ordinal).ToList(),
            forms.OrderBy(f => f.Slug, StringComparer.Ordinal).ToList(),
            plan,
            budget,
            statics.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList())
        {
            Files = files,
            FileDates = dates.Result,
            PlanHistory = history.Result,
            Returns = returns.OrderBy(r => r.Location.Path, StringComparer.Ordinal).ToList(),
            Units = units ?? UnitList.None,
            Guides = guides.OrderBy(g => g.Order).ThenBy(g => g.Slug, StringComparer.Ordinal).ToList(),
            Synonyms = synonyms ?? SynonymList.None,
        };
    }

    /// <summary>
    /// Reads one file with the loader its place calls for. Returns the document, the file itself when it is
    /// copied as is, or null (unusable, or data that is published through its pages).
    /// </summary>
    public static object? LoadOne(InputFile file, DiagnosticBag diagnostics) => (file.TopFolder, file.Extension) switch
    {
        (ConceptLoader.Folder, ".md") => ConceptLoader.Load(file, diagnostics),
        (RoleLoader.Folder, ".md") => RoleLoader.Load(file, diagnostics),
        (FormLoader.Folder, ".yml" or ".yaml") => FormLoader.Load(file, diagnostics),
        (GuideLoader.Folder, ".yml" or ".yaml") => GuideLoader.Load(file, diagnostics),
        (PlanLoader.Folder, _) when file.RelativePath == PlanLoader.PlanFile => PlanLoader.Load(file, diagnostics),
        (PlanLoader.Folder, _) when file.RelativePath == PlanLoader.BudgetFile => BudgetLoader.Load(file, diagnostics),
        (AnswerLoader.Folder, _) => AnswerLoader.Load(file, diagnostics),
        ("", _) when file.RelativePath == UnitsLoader.FileName => UnitsLoader.Load(file, diagnostics),
        (_, _) when file.RelativePath == SynonymsLoader.FileName => SynonymsLoader.Load(file, diagnostics),
        (var folder, _) when ContentFolders.Contains(folder) => null,
        (_, ".md") => PageLoader.Load(file, diagnostics),
        _ => PublishedFiles.Load(file, diagnostics),
    };

    /// <summary>Every file that really lies under the folder (see <see cref="ContainedFolder"/>).</summary>
    public static IReadOnlyList<InputFile> Scan(string inputFolder, DiagnosticBag diagnostics, Action<InputFile>? found = null) =>
        ContainedFolder.Scan(inputFolder, diagnostics, Environment.CurrentDirectory, found); // asked once: each ask is a system call

    /// <summary>The path as diagnostics print it: relative to the working folder when inside it.</summary>
    public static string DisplayPath(string path) => DisplayPath(path, Environment.CurrentDirectory);

    internal static string DisplayPath(string path, string workingFolder)
    {
        string full = Path.GetFullPath(path, workingFolder);
        string relative = Path.GetRelativePath(workingFolder, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
    }
}
