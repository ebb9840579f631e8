// The editor's preview pane, made to look like the site: the site's own stylesheets and templates for
// concepts and roles laid out as theme/layouts/concept.liquid and role.liquid lay them out. A file, not an
// inline script, for the /admin/ policy. Braces that keep a term from being linked ({styrer}) are not
// shown on the site, so they are not shown here either.
(function (CMS, h) {
  'use strict';
  if (!CMS || !h) return;

  // The stylesheets every page of the site links (HtmlPagesOutput.Stylesheets; a test keeps them in step).
  ['/assets/designsystemet/theme.css', '/assets/designsystemet/designsystemet.css', '/assets/site.css']
    .forEach(function (url) { CMS.registerPreviewStyle(url); });

  // "{styrer}" is shown as "styrer"; "\{" stays a brace.
  function withoutBraces(text) {
    return String(text || '').replace(/(^|[^\\])\{([^{}]*)\}/g, '$1$2').replace(/\\([{}])/g, '$1');
  }

  // The Markdown body through Decap's own Markdown preview, given the text without those braces. (Not a remark
  // plugin: Decap 3.16 passes remark plugins to the rich-text editor, where they would take the braces out of
  // the text that is saved, and not to this preview.)
  var markdown = CMS.getWidget('markdown');
  function body(props) {
    if (!markdown || !markdown.preview) return props.widgetFor('body');
    var field = props.fields && props.fields.find(function (f) { return f.get('name') === 'body'; });
    return h(markdown.preview, {
      value: withoutBraces(props.entry.getIn(['data', 'body'])),
      getAsset: props.getAsset,
      resolveWidget: CMS.resolveWidget,
      field: field,
    });
  }

  function list(entry, name) {
    var value = entry.getIn(['data', name]);
    return value && value.toJS ? value.toJS() : [];
  }

  function text(entry, name) {
    return withoutBraces(entry.getIn(['data', name]));
  }

  // A related entry by its title when the editor knows it, else by its file name.
  function titleOf(props, field, collection, slug) {
    var meta = props.fieldsMetaData && props.fieldsMetaData.getIn([field, collection, slug, 'title']);
    return meta || slug;
  }

  function heading(entry) {
    var abbreviation = text(entry, 'abbreviation');
    return h('h1', { className: 'ds-heading', 'data-size': 'lg' }, text(entry, 'title'),
      abbreviation ? h('span', { className: 'abbreviation' }, ' (' + abbreviation + ')') : null);
  }

  function section(title, items) {
    if (items.length === 0) return null;
    return h('section', null,
      h('h2', { className: 'ds-heading', 'data-size': 'sm' }, title),
      h('ul', { className: 'ds-list' }, items.map(function (item, i) { return h('li', { key: i }, item); })));
  }

  function page(content) {
    return h('div', { className: 'site-body' }, h('main', { id: 'hovedinnhold' }, content));
  }

  var ConceptPreview = function (props) {
    var entry = props.entry;
    var legal = list(entry, 'legal').map(function (l) {
      return (l.act || '') + ' § ' + (l.section || '') + (l.old_section ? ' (tidligere § ' + l.old_section + ')' : '');
    });
    var sources = list(entry, 'sources').map(function (s) { return s.url ? h('a', { className: 'ds-link', href: s.url }, s.title) : s.title; });
    var related = list(entry, 'related').map(function (slug) { return titleOf(props, 'related', 'begreper', slug); });
    return page(h('article', { className: 'article concept' },
      heading(entry),
      h('p', { className: 'definition ds-paragraph', 'data-size': 'lg' }, text(entry, 'definition')),
      h('div', { className: 'prose' }, body(props)),
      h('div', { className: 'concept-facts' },
        section('Lovgrunnlag', legal),
        section('Kilder', sources),
        section('Relaterte begreper', related))));
  };

  var levels = { nasjonal: 'Nasjonal', regional: 'Regional', kommunal: 'Kommunal', enhet: 'Enhet' };

  var RolePreview = function (props) {
    var entry = props.entry;
    var level = entry.getIn(['data', 'level']);
    var tasks = list(entry, 'tasks').map(withoutBraces);
    var concepts = list(entry, 'concepts').map(function (slug) { return titleOf(props, 'concepts', 'begreper', slug); });
    return page(h('article', { className: 'article role' },
      heading(entry),
      level ? h('p', { className: 'ds-paragraph role-level-tag' }, h('span', { className: 'ds-tag', 'data-color': 'accent' }, levels[level] || level)) : null,
      h('p', { className: 'definition ds-paragraph' }, text(entry, 'summary')),
      tasks.length ? h('h2', { className: 'ds-heading', 'data-size': 'md' }, 'Oppgaver') : null,
      tasks.length ? h('ul', { className: 'ds-list tasks' }, tasks.map(function (t, i) { return h('li', { key: i }, t); })) : null,
      h('div', { className: 'prose' }, body(props)),
      section('Begreper rollen arbeider med', concepts)));
  };

  // Pages made in the editor, the front page and the accessibility page: title, description and text.
  var PagePreview = function (props) {
    var entry = props.entry;
    var description = text(entry, 'description');
    return page(h('article', { className: 'article' },
      h('h1', { className: 'ds-heading', 'data-size': 'lg' }, text(entry, 'title')),
      description ? h('p', { className: 'ds-paragraph lead' }, description) : null,
      h('div', { className: 'prose' }, body(props))));
  };

  // The plan: each phase and its activities, with their months and who is responsible as lists with commas
  // (Decap's own preview runs the items of a list together: "kommunalsjef-oppvekststyringsgruppa").
  function span(from, to) { return [from, to].filter(Boolean).join('–'); }
  var PlanPreview = function (props) {
    var entry = props.entry;
    return page(h('article', { className: 'article plan' },
      h('h1', { className: 'ds-heading', 'data-size': 'lg' }, text(entry, 'title')),
      h('p', { className: 'ds-paragraph' }, span(entry.getIn(['data', 'start']), entry.getIn(['data', 'end']))),
      list(entry, 'phases').map(function (phase, i) {
        return h('section', { key: i },
          h('h2', { className: 'ds-heading', 'data-size': 'sm' }, withoutBraces(phase.title), ' (', span(phase.start, phase.end), ')'),
          h('ul', { className: 'ds-list' }, (phase.activities || []).map(function (activity, j) {
            var responsible = activity.responsible || [];
            return h('li', { key: j }, withoutBraces(activity.title), ' (', (activity.months || []).join(', '), ')',
              responsible.length ? ': ' + responsible.join(', ') : '');
          })));
      })));
  };

  CMS.registerPreviewTemplate('begreper', ConceptPreview);
  CMS.registerPreviewTemplate('fremdriftsplan', PlanPreview);
  CMS.registerPreviewTemplate('roller', RolePreview);
  CMS.registerPreviewTemplate('sider', PagePreview);
  CMS.registerPreviewTemplate('forside', PagePreview);
  CMS.registerPreviewTemplate('tilgjengelighet', PagePreview);
})(window.CMS, window.h);
