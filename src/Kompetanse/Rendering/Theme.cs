using System.Collections.Concurrent;
using Kompetanse.Diagnostics;
using Kompetanse.Loading;
using Scriban;
using Scriban.Runtime;

namespace Kompetanse.Rendering;

/// <summary>
/// The theme folder: Liquid templates in layouts/ (parsed once per build, rendered many times in parallel)
/// and static assets in assets/. Templates see the view models of <c>Rendering.Views</c>, members in
/// snake_case, and every value they print is HTML-escaped unless the template says <c>| raw</c>.
/// </summary>
public sealed class Theme
{
    public const string LayoutsFolder = "layouts";
    public const string AssetsFolder = "assets";
    public const string BaseLayout = "base";

    private readonly IReadOnlyDictionary<string, Template> _templates;
    private readonly ScriptObject _functions;

    [ThreadStatic]
    private static EscapingContext? t_context;

    [ThreadStatic]
    private static System.Text.StringBuilder? t_buffer;

    // Scriban's built-in functions, made once: a new context would otherwise build the whole set for each page.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    public string Folder { get; }

    private Theme(string folder, IReadOnlyDictionary<string, Template> templates)
    {
        Folder = folder;
        _templates = templates;
        _functions = CreateFunctions();
    }

    /// <summary>Parses every template of the theme; syntax errors are reported at their line in the template.</summary>
    public static Theme Load(string folder, DiagnosticBag diagnostics)
    {
        var templates = new ConcurrentDictionary<string, Template>(StringComparer.Ordinal);
        string layouts = Path.Combine(folder, LayoutsFolder);
        if (!Directory.Exists(layouts))
        {
            diagnostics.Report(Codes.MissingFolder, SourceSpan.File(InputLoader.DisplayPath(folder)), "theme layouts", InputLoader.DisplayPath(layouts));
            return new Theme(folder, templates);
        }
        var files = InputLoader.Scan(layouts, diagnostics).Where(f => f.Extension == ".liquid" && !f.RelativePath.Contains('/'));
        Parallel.ForEach(files, file =>
        {
            string display = file.DisplayPath;
            string? text = InputText.Read(file, diagnostics);
            if (text is null) return;
            var template = Template.ParseLiquid(text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Report(Codes.TemplateSyntax, new SourceSpan(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
                return;
            }
            templates[file.NameWithoutExtension] = template;
        });
        return new Theme(folder, templates);
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a template with the given values as its variables.</summary>
    public string Render(string name, IReadOnlyDictionary<string, object> values) => RenderInPlace(name, values).ToString();

    /// <summary>
    /// Renders a template into the thread's buffer and returns the text there, without a string of its own
    /// (a page's HTML is read for its links and search text and encoded, then no longer needed). It stays
    /// valid only until this thread renders again.
    /// </summary>
    public ReadOnlyMemory<char> RenderInPlace(string name, IReadOnlyDictionary<string, object> values)
    {
        if (!_templates.TryGetValue(name, out var template))
            throw new TemplateMissingException(name);
        // One context per thread, reused: a fresh one would work out the members of every view type again.
        var context = t_context ??= NewContext();
        var globals = new ScriptObject();
        foreach (var (key, value) in values) globals[key] = value;
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        // The thread's buffer, kept at its largest size: pages are made without growing a new one each time.
        var buffer = t_buffer ??= new System.Text.StringBuilder(32 * 1024);
        buffer.Clear();
        context.PushOutput(new StringBuilderOutput(buffer));
        bool clean = false;
        try
        {
            context.Evaluate(template.Page!);
            clean = true;
            return Text(buffer);
        }
        finally
        {
            if (clean)
            {
                context.PopOutput();
                context.PopGlobal();
                context.PopGlobal();
            }
            else
            {
                t_context = null; // a render that failed half-way may leave state behind: start afresh
            }
        }
    }

    // The buffer's text: its one chunk as it is, or (a page larger than any before on this thread) a copy.
    private static ReadOnlyMemory<char> Text(System.Text.StringBuilder buffer)
    {
        ReadOnlyMemory<char> only = default;
        int chunks = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            only = chunk;
            if (++chunks > 1) return buffer.ToString().AsMemory();
        }
        return only;
    }

    // The engine's limits guard against untrusted templates; ours are the theme's own, and the content is the
    // municipality's: a plan of 200 activities or 10,000 concepts must not hit a loop limit, and a page over
    // 1 MiB must never be cut off silently. Recursion stays bounded: only templates include templates.
    private static EscapingContext NewContext() => new(Builtins)
    {
        StrictVariables = false,
        EnableRelaxedMemberAccess = true,
        LoopLimit = 0,
        LoopLimitQueryable = 0,
        LimitToString = 0,
        OutputLimit = 0,
        // Should a limit ever come back, a cut page is an error, never a shorter page.
        OnStringLimit = ScriptLimitBehavior.Throw,
        OnOutputLimit = ScriptLimitBehavior.Throw,
    };

    /// <summary>
    /// A template to be rendered where another template prints it ({{ page.content | raw }}): straight into
    /// that template's output, without a string of its own in between.
    /// </summary>
    public TemplateCall Call(string name, IReadOnlyDictionary<string, object> values) =>
        _templates.TryGetValue(name, out var template) ? new TemplateCall(template, values) : throw new TemplateMissingException(name);

    public sealed class TemplateCall
    {
        internal TemplateCall(Template template, IReadOnlyDictionary<string, object> values)
        {
            Template = template;
            Values = values;
        }

        internal Template Template { get; }
        internal IReadOnlyDictionary<string, object> Values { get; }
    }

    private ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Add("raw", new OneArgumentFunction((_, value) => value is RawHtml or TemplateCall or IHtmlContent ? value : new RawHtml(value?.ToString() ?? "")));
        functions.Add("include", new OneArgumentFunction((context, name) => Include(context, name?.ToString() ?? "")));
        return functions;
    }

    // {% include 'gantt' %}: a partial from the templates parsed at load (never re-read), rendered with the
    // caller's variables; its output is already escaped, so it is printed as is.
    private RawHtml Include(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var partial)) throw new TemplateMissingException(name);
        context.PushOutput();
        string html = "";
        try
        {
            context.Evaluate(partial.Page!);
        }
        finally
        {
            html = context.PopOutput().ToString() ?? "";
        }
        return new RawHtml(html);
    }

    // raw and include are functions of our own: one imported from a delegate converts its argument through
    // reflection on every call (every page calls raw), and needs reflection a native build cannot keep.
    private sealed class OneArgumentFunction(Func<TemplateContext, object?, object?> body) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(object);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

        public object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
            body(context, arguments.Count > 0 ? arguments[0] : null);

        public ValueTask<object?> InvokeAsync(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <summary>HTML the generator made itself (rendered Markdown); printed as is.</summary>
    private sealed record RawHtml(string Html)
    {
        public override string ToString() => Html;
    }

    // Escapes everything a template prints, so a title like "<script>" shows as text: safe unless marked raw.
    private sealed class EscapingContext(ScriptObject builtins) : TemplateContext(builtins)
    {
        // Only the five characters that matter in HTML text and attributes; æ, ø, å stay as they are.
        private static string Escape(string text) =>
            text.AsSpan().IndexOfAny("&<>\"'") < 0 ? text
                : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

        public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
        {
            if (textAsObject is RawHtml raw) return base.Write(span, raw.Html);
            if (textAsObject is IHtmlContent content)
            {
                // Written into the page's buffer where it stands. The engine's own write would only add the indent
                // of an indented include, which Liquid leaves empty; anywhere else it gets a string.
                if (string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput buffer)
                {
                    var builder = buffer.Builder;
                    int start = builder.Length;
                    content.WriteTo(builder);
                    // The engine remembers whether the last text ended a line (to indent what follows in an
                    // indented include): the last character goes through it.
                    if (builder.Length > start)
                    {
                        char last = builder[^1];
                        builder.Length--;
                        base.Write(span, last == '\n' ? "\n" : last.ToString());
                    }
                }
                else
                {
                    var text = new System.Text.StringBuilder();
                    content.WriteTo(text);
                    base.Write(span, text.ToString());
                }
                return this;
            }
            if (textAsObject is TemplateCall call)
            {
                var globals = new ScriptObject();
                foreach (var (key, value) in call.Values) globals[key] = value;
                PushGlobal(globals);
                try { Evaluate(call.Template.Page!); }
                finally { PopGlobal(); }
                return this;
            }
            return base.Write(span, Escape(ObjectToString(textAsObject) ?? ""));
        }
    }
}

/// <summary>A page asked for a template the theme lacks; the HTML output reports it as a diagnostic.</summary>
public sealed class TemplateMissingException(string name) : Exception($"the theme has no template '{name}'")
{
    public string TemplateName { get; } = name;
}
