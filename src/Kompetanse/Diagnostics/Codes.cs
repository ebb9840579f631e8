namespace Kompetanse.Diagnostics;

/// <summary>Every diagnostic the generator can report, in one place. Ids are stable: never reuse a number.</summary>
public static class Codes
{
    private static DiagnosticDescriptor Error(string id, string format) => new(id, Severity.Error, format);
    private static DiagnosticDescriptor Warning(string id, string format) => new(id, Severity.Warning, format);

    // Reading files (KMP001–KMP009)
    public static readonly DiagnosticDescriptor NotUtf8 = Error("KMP001", "the file is not valid UTF-8 (save it as UTF-8)");
    public static readonly DiagnosticDescriptor UnreadableFile = Error("KMP002", "cannot read the file: {0}");
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error("KMP003", "the front matter starts with '---' but has no closing '---' line");
    public static readonly DiagnosticDescriptor MalformedYaml = Error("KMP004", "malformed YAML: {0}");
    public static readonly DiagnosticDescriptor NotAMapping = Error("KMP005", "expected 'key: value' pairs at the top of the {0}");
    public static readonly DiagnosticDescriptor EmptyFile = Error("KMP006", "the file is empty");
    public static readonly DiagnosticDescriptor LinkOutsideFolder = Error("KMP007", "this is a link to '{0}', outside the folder '{1}': nothing outside the folder is published (copy the file in instead)");
    public static readonly DiagnosticDescriptor UnfollowableLink = Error("KMP008", "this link to '{0}' leads nowhere (its target is missing, or the links go round in a loop)");
    public static readonly DiagnosticDescriptor NestedTooDeeply = Error("KMP009", "{0} is nested too deeply (more than {1} levels)");

    // Front matter and data values (KMP010–KMP029)
    public static readonly DiagnosticDescriptor MissingKey = Error("KMP010", "missing required '{0}'");
    public static readonly DiagnosticDescriptor UnknownKey = Warning("KMP011", "unknown key '{0}'{1}");
    public static readonly DiagnosticDescriptor UnknownRole = Error("KMP012", "unknown role '{0}' in '{1}'{2}");
    public static readonly DiagnosticDescriptor WrongType = Error("KMP013", "'{0}' must be {1}");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("KMP014", "'{0}' is given twice");
    public static readonly DiagnosticDescriptor UnknownConcept = Error("KMP015", "unknown concept '{0}' in '{1}'{2}");
    public static readonly DiagnosticDescriptor DuplicateSlug = Error("KMP016", "two files make the page {0}: this one and {1}");
    public static readonly DiagnosticDescriptor UnknownAct = Error("KMP017", "unknown act '{0}'{1}; known acts: {2}");
    public static readonly DiagnosticDescriptor OldSectionWithoutNewAct = Error("KMP018", "'old_section' belongs with act 'opplaeringslova' (the old act's section beside the new one)");
    public static readonly DiagnosticDescriptor UnknownLanguage = Error("KMP019", "unknown language '{0}'; use nb, nn or sv");
    public static readonly DiagnosticDescriptor InvalidUrl = Error("KMP020", "'{0}' is not an absolute http(s) URL");
    public static readonly DiagnosticDescriptor InvalidDate = Error("KMP021", "'{0}' is not a date (write YYYY-MM-DD)");
    public static readonly DiagnosticDescriptor TermClaimedTwice = Warning("KMP022", "the term '{0}' is claimed by both '{1}' and '{2}'; it links to '{1}'");
    public static readonly DiagnosticDescriptor RelatedToItself = Warning("KMP023", "'{0}' lists itself in 'related'");
    public static readonly DiagnosticDescriptor EmptyValue = Error("KMP024", "'{0}' is empty");
    public static readonly DiagnosticDescriptor BadRedirect = Error("KMP026", "cannot redirect '{0}': {1}");
    public static readonly DiagnosticDescriptor TitleFromHeading = Warning("KMP027", "no 'title' in the front matter: the page is titled by its first heading, '{0}'");
    public static readonly DiagnosticDescriptor TitleFromFileName = Warning("KMP028", "no 'title' in the front matter and no '# heading': the page is titled '{0}' after its file name");
    public static readonly DiagnosticDescriptor InvalidSlug = Error("KMP025", "the file name '{0}' is not a valid slug (use lowercase a–z, 0–9 and hyphens)");

    // Markdown content (KMP030–KMP039)
    public static readonly DiagnosticDescriptor ScriptInContent = Error("KMP030", "a <script> in content is not allowed (raw HTML is off; scripts belong in the theme)");
    public static readonly DiagnosticDescriptor ScriptLink = Error("KMP031", "a link to '{0}' runs code and is not allowed");
    public static readonly DiagnosticDescriptor ImageWithoutAlt = Warning("KMP032", "the image '{0}' has no text alternative: describe it between the brackets, ![Kart over kontoret](kart.png), or mark it decorative: ![](pynt.png \"dekorativ\")");
    public static readonly DiagnosticDescriptor ImageUnreadable = Error("KMP034", "cannot read the size of the image '{0}': {1}");
    public static readonly DiagnosticDescriptor ImageFromOtherHost = Error("KMP035", "the image '{0}' is on another host: the site loads nothing from other hosts (put the file in the input folder and link to it)");

    // Site settings (KMP040–KMP049)
    public static readonly DiagnosticDescriptor MissingSiteSettings = Warning("KMP040", "no site settings (site.yml): using defaults; add one with name, municipality, base_url and accessibility_statement");
    public static readonly DiagnosticDescriptor UnknownNavigationTarget = Warning("KMP041", "navigation item '{0}' links to {1}, which no page makes");

    // Theme and templates (KMP050–KMP059)
    public static readonly DiagnosticDescriptor MissingTemplate = Error("KMP050", "the theme has no template '{0}'");
    public static readonly DiagnosticDescriptor TemplateSyntax = Error("KMP051", "template error: {0}");
    public static readonly DiagnosticDescriptor TemplateRender = Error("KMP052", "rendering '{0}' failed: {1}");
    public static readonly DiagnosticDescriptor ThemePackagesFailed = Error("KMP054", "could not install the theme's npm packages: {0}");
    public static readonly DiagnosticDescriptor MissingDesignSystem = Error("KMP053", "Designsystemet CSS is missing at {0}: run the build command, which installs the theme's packages (it needs npm)");
    public static readonly DiagnosticDescriptor MissingThemePackage = Error("KMP055", "a browser script from the theme's npm packages is missing at {0}: run the build command, which installs the theme's packages (it needs npm)");

    // Output folder (KMP060–KMP069)
    public static readonly DiagnosticDescriptor UnsafeOutput = Error("KMP060", "refusing output folder {0}: {1}");
    public static readonly DiagnosticDescriptor WriteFailed = Error("KMP061", "could not write the output: {0}");
    public static readonly DiagnosticDescriptor MissingFolder = Error("KMP062", "the {0} folder {1} does not exist");

    // Roles, plan and budget (KMP080–KMP099)
    public static readonly DiagnosticDescriptor MalformedMonth = Error("KMP080", "'{0}' is not a month (write YYYY-MM, or YYYY-MM..YYYY-MM for a range)");
    public static readonly DiagnosticDescriptor MonthOutsidePeriod = Error("KMP081", "{0} is outside the plan's period {1}–{2}");
    public static readonly DiagnosticDescriptor MonthSkipped = Error("KMP082", "{0} is a skipped month in this plan (skip_months)");
    public static readonly DiagnosticDescriptor RangeBackwards = Error("KMP083", "the range {0} ends before it starts");
    public static readonly DiagnosticDescriptor DuplicateActivity = Error("KMP084", "the activity id '{0}' is used twice (first at line {1})");
    public static readonly DiagnosticDescriptor UnknownStatus = Error("KMP085", "unknown status '{0}'{1}; use planlagt, pågår, fullført, forsinket or avlyst");
    public static readonly DiagnosticDescriptor BudgetTotalMismatch = Error("KMP086", "the total {0} does not match the sum of the row, {1}");
    public static readonly DiagnosticDescriptor UnknownLevel = Error("KMP087", "unknown level '{0}'{1}; use nasjonal, regional, kommunal or enhet");
    public static readonly DiagnosticDescriptor NoMonths = Error("KMP088", "the activity has no months");
    public static readonly DiagnosticDescriptor WrongNumber = Error("KMP089", "'{0}' must be a whole number of kroner (or null for an empty cell)");

    public static readonly DiagnosticDescriptor UnknownAnswerKind = Error("KMP090", "unknown answer type '{0}'{1}; use text, scale, yes-partly-no or table");
    public static readonly DiagnosticDescriptor ScaleWithoutSteps = Error("KMP091", "a scale needs at least two labelled 'steps'");
    public static readonly DiagnosticDescriptor TableWithoutColumns = Error("KMP092", "a table answer needs 'columns'");
    public static readonly DiagnosticDescriptor UnknownActivity = Error("KMP093", "unknown plan activity '{0}' in '{1}'{2}");
    public static readonly DiagnosticDescriptor OptionNotForKind = Warning("KMP094", "'{0}' has no effect on a {1} answer");
    public static readonly DiagnosticDescriptor FormWithoutQuestions = Error("KMP095", "the form has no questions");

    // Form ids and answers handed back (KMP110–KMP119)
    public static readonly DiagnosticDescriptor DuplicateQuestionId = Error("KMP110", "two questions in this form have the id '{0}' (the other is at {1}): give one of them an 'id' of its own");
    public static readonly DiagnosticDescriptor InvalidQuestionId = Error("KMP111", "the id '{0}' must be lowercase a–z, 0–9 and hyphens, at most {1} characters");
    public static readonly DiagnosticDescriptor WidthsDoNotMatchColumns = Error("KMP112", "'widths' has {0} values for {1} columns");
    public static readonly DiagnosticDescriptor PersonalDataPublished = Error("KMP113", "a form with personal data never publishes text answers: remove 'publish_text_answers'");
    public static readonly DiagnosticDescriptor UnknownAnswerForm = Error("KMP114", "answers for the form '{0}', which does not exist{1}");
    public static readonly DiagnosticDescriptor UnknownAnswerVersion = Error("KMP115", "answers to version '{0}' of '{1}': the form is at version {2}{3} (list older versions it still accepts in 'earlier_versions')");
    public static readonly DiagnosticDescriptor UnknownAnswerQuestion = Error("KMP116", "'{0}' is not a question in '{1}' version {2}{3}");
    public static readonly DiagnosticDescriptor AnswerWithoutUnit = Error("KMP117", "the answers do not name the unit (fill in 'Enhet')");
    public static readonly DiagnosticDescriptor AnswersTwice = Error("KMP118", "{0} has handed back '{1}' twice: here and in {2} (keep one file per unit)");
    public static readonly DiagnosticDescriptor PersonalDataHandedBack = Error("KMP119", "'{0}' holds personal data (a pupil's name, an IOP): its answers are never handed back through the site, which is public. Delete this file and keep the form where personal data belongs");
    public static readonly DiagnosticDescriptor UnreadableAnswers = Error("KMP160", "cannot read the answers: {0}");
    public static readonly DiagnosticDescriptor LocalPlanNotATable = Error("KMP162", "'local_plan' must name a table question of this form with the columns measure, task, responsible and when (in that order); '{0}' is not one");
    public static readonly DiagnosticDescriptor SeveralStepsTicked = Warning("KMP161", "'{0}' has more than one step ticked ({1}); the answer is left out of the counts");

    // Term links (KMP100–KMP109)
    public static readonly DiagnosticDescriptor AmbiguousFormUnknown = Error("KMP100", "'{0}' in 'ambiguous' is not the title or one of the aliases{1}; list a form the term is written in");
    public static readonly DiagnosticDescriptor NoTermInBraces = Warning("KMP101", "the braces around '{0}' stop automatic links, but it holds no term; they are not shown (write \\{{ for a brace)");

    // The editor at /admin/ (KMP120–KMP129)
    public static readonly DiagnosticDescriptor InvalidRepository = Error("KMP120", "'{0}' is not a GitHub repository; write owner/name, e.g. meloy-kommune/kompetanse");
    public static readonly DiagnosticDescriptor InvalidBranch = Error("KMP121", "'{0}' is not a branch name");
    public static readonly DiagnosticDescriptor MissingCms = Error("KMP122", "Decap CMS is missing at {0}: run the build command, which installs the theme's packages (it needs npm)");

    // Status reports and the steering group's tracking (KMP140–KMP149)
    public static readonly DiagnosticDescriptor ReportAfterBuildDate = Error("KMP140", "the report is dated {0}, after the build date {1}: a status can only be reported for a day that has come");
    public static readonly DiagnosticDescriptor ReportOutOfOrder = Error("KMP141", "the report dated {0} comes after one dated {1} (line {2}): write the updates in date order, oldest first");
    public static readonly DiagnosticDescriptor StatusMissing = Warning("KMP142", "'{0}' ended in {1} and has no status report: ask for one and add it under 'updates'");
    public static readonly DiagnosticDescriptor StatusOutsideLog = Error("KMP143", "'status' is reported in the activity's log: write it under 'updates' with a date (updates: [{{ date: YYYY-MM-DD, status: {0} }}])");

    // Verification (KMP070–KMP079)
    public static readonly DiagnosticDescriptor BrokenLink = Error("KMP070", "broken link to {0} on {1}");
    // KMP072 (a page netlify.toml gave no policy) is retired: the build writes every path's policy into _headers.
    public static readonly DiagnosticDescriptor BrokenAnchor = Error("KMP071", "broken anchor {0} on {1}: the target page has no element with that id");

    // The trust boundary: what is read from input/ and theme/, and what may be written (KMP200–KMP219)
    public static readonly DiagnosticDescriptor NotARegularFile = Error("KMP200", "this is {0}, not a regular file: only regular files are read (a FIFO, socket or device could hang the build or never end)");
    public static readonly DiagnosticDescriptor HardLinkedFile = Error("KMP201", "this file has {0} names (a hard link): a hard link can be a file from outside the folder, so it is not read; put a copy here instead");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("KMP202", "the file is {0}, over the limit of {1} for {2}");
    public static readonly DiagnosticDescriptor UnsafeFileName = Error("KMP203", "the file name has {0}, which no file of the site may hold: rename the file");
    public static readonly DiagnosticDescriptor NameNotInUrl = Error("KMP204", "the file name '{0}' has '{1}', which a web address cannot hold: rename it, e.g. to '{2}'");
    public static readonly DiagnosticDescriptor UnsafeOutputPath = Error("KMP205", "the output path '{0}' would not lie inside the output folder; nothing is written for it");
    public static readonly DiagnosticDescriptor DocumentTooLarge = Error("KMP206", "the document unpacks to more than {0}: a filled form is far smaller, so it is not read (a damaged file, or a zip bomb?)");
    public static readonly DiagnosticDescriptor NotADocument = Error("KMP207", "cannot read the document: {0}");
    public static readonly DiagnosticDescriptor ExecutableUrl = Error("KMP208", "'{0}' is a {1} address, which can run code or hide a page in a link: write an https:// address, mailto:, tel: or a path on the site");
    public static readonly DiagnosticDescriptor NetlifyFileInInput = Error("KMP209", "{0}");
    public static readonly DiagnosticDescriptor ActiveContent = Error("KMP210", "{0} files are not published from the input folder: {1}");
    public static readonly DiagnosticDescriptor UnsafeSvg = Error("KMP211", "the SVG image holds {0}, which could run code on the site: save it without scripts, event handlers, embedded HTML or links to other files");
    public static readonly DiagnosticDescriptor BaseUrlNotHttps = Error("KMP212", "'base_url' must be an absolute https:// address with no spaces or line breaks, like https://kompetanse.meloy.kommune.no/ ('{0}' is not)");
    // The steering group's paper: decisions, money used, milestone ids, reports in time (KMP260–KMP279)
    public static readonly DiagnosticDescriptor DecisionDateBefore = Error("KMP260", "'{0}' is {1}, before the decision's date {2}: a decision is followed up after it is made");
    public static readonly DiagnosticDescriptor DecisionNotOnMeeting = Warning("KMP261", "the decision is dated {0}, and no meeting in 'meetings' is on that day{1}: date it by the meeting that made it, or add the meeting");
    public static readonly DiagnosticDescriptor DecisionAfterBuildDate = Error("KMP262", "'{0}' is {1}, after the build date {2}: write only what has happened");
    public static readonly DiagnosticDescriptor ReportBeforePlan = Warning("KMP263", "the report is dated {0}, before the plan starts ({1}): check the date");
    public static readonly DiagnosticDescriptor ReportBeforeActivity = Warning("KMP264", "the report is dated {0}, before the activity's first month ({1}): check the date, or re-plan the activity's months");
    public static readonly DiagnosticDescriptor DuplicateMilestone = Error("KMP265", "the milestone id '{0}' is used twice (first at line {1}): each milestone needs an id of its own, which names its calendar event");
    public static readonly DiagnosticDescriptor UsedMoreThanNeed = Warning("KMP266", "'used' is {0}, more than the row's need of {1}");
    public static readonly DiagnosticDescriptor UnknownBudgetPeriod = Error("KMP267", "'{0}' is not one of the budget's periods{1}; 'used' by period names the periods under 'periods'");
    // Publishing (KMP300–KMP319)
    public static readonly DiagnosticDescriptor RebuildFailed = Error("KMP301", "preview could not rebuild because of an error in the generator ({0}: {1}); the last good site stays served, and the next change rebuilds again");
    // Content: the "Hva gjør jeg?" guides and contacts (KMP240–KMP259)
    public static readonly DiagnosticDescriptor GuideWithoutSteps = Error("KMP240", "the guide has no steps: list them under 'steps', in the order the law gives them");
    public static readonly DiagnosticDescriptor GuideStepWithoutLaw = Error("KMP241", "step '{0}' cites no law: add 'legal' (act and section) or, where no section can be named, 'law_note'");
    public static readonly DiagnosticDescriptor GuideStepWithoutLinks = Error("KMP242", "step '{0}' links no concept or role page: add 'concepts' or 'roles'");
    public static readonly DiagnosticDescriptor ContactWithoutWay = Error("KMP243", "the contact gives no way to reach it: add 'email', 'phone' or 'address'");
    public static readonly DiagnosticDescriptor InvalidEmail = Error("KMP244", "'{0}' is not an e-mail address");
    // Output that stays complete and true (KMP220–KMP239)
    public static readonly DiagnosticDescriptor FollowsFromUnreadable = Warning("KMP221", "{0} more errors only follow from this one (links to {1}, the page this file would make, and mentions of it) and are not listed; they go once the file can be read");
    public static readonly DiagnosticDescriptor UnitNotListed = Error("KMP222", "'{0}' is not a unit in enheter.yml{1}: the answers are not counted until the unit is written as the list has it");
    public static readonly DiagnosticDescriptor PersonalDataFile = Error("KMP223", "'{0}' is {1} '{2}', a form with personal data: such a file never belongs in the input, which is public (in git, and on the web if copied). Delete it here and keep it where personal data belongs");
    public static readonly DiagnosticDescriptor PageIncomplete = Error("KMP220", "the page {0} is not whole: {1} (nothing was published; please report this with the input)");
    // Search (KMP320–KMP339)
    public static readonly DiagnosticDescriptor SynonymEmpty = Error("KMP320", "a synonym must be a word or a phrase; this one has no letters");
    public static readonly DiagnosticDescriptor SynonymTwice = Error("KMP321", "'{0}' is already in a group on line {1}: a word can be in one group only (put the groups together if they mean the same)");
    public static readonly DiagnosticDescriptor SynonymAlone = Warning("KMP322", "the group that starts with '{0}' has only one word: a group needs two or more words that mean the same");
    // The editor's content (KMP280–KMP299)
    public static readonly DiagnosticDescriptor DuplicateTitle = Error("KMP280", "'{0}' is already the title of {1}: edit that {2} instead, or give this one a title of its own (the editor saves a second entry with the same title under a new file name)");
}
