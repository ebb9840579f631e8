// Norwegian for the editor at /admin/: Decap's own nb_no lacks about 90 phrases (buttons such as "Add …",
// the image fields' labels), which it shows in English. Loaded after decap-cms.js and before the editor reads
// its config (config.yml says locale: nb_no); a file, not an inline script, for the /admin/ policy.
(function (CMS) {
  'use strict';
  if (!CMS) return;

  var missing = {
    auth: {
      loginWithAzure: 'Logg inn med Azure',
      loginWithForgejo: 'Logg inn med Forgejo',
    },
    collection: {
      sidebar: { allCollections: 'Alle samlinger', searchIn: 'Søk i' },
      collectionTop: {
        viewAsList: 'Vis som liste',
        viewAsGrid: 'Vis som rutenett',
        searchResults: 'Søkeresultater for «%{searchTerm}»',
        searchResultsInCollection: 'Søkeresultater for «%{searchTerm}» i %{collection}',
        filterBy: 'Filtrer etter',
        groupBy: 'Grupper etter',
      },
      entries: { unpublishedHeader: 'Upubliserte oppføringer' },
      groups: { other: 'Annet', negateLabel: 'Ikke %{label}' },
    },
    editor: {
      editorControl: { field: { widgetLabel: 'Feltet %{widgetLabel}' } },
      editorControlPane: {
        widget: {
          invalidPath: '«%{path}» er ikke en gyldig sti',
          pathExists: 'Stien «%{path}» finnes allerede',
        },
        i18n: {
          writingInLocale: 'Skriver på %{locale}',
          copyFromLocale: 'Fyll inn fra et annet språk',
          copyFromLocaleConfirm: 'Vil du fylle inn fra %{locale}?\nAlt innhold som står her nå, blir erstattet.',
        },
      },
      editorInterface: {
        toggleI18n: 'Slå språkversjoner av eller på',
        togglePreview: 'Vis eller skjul forhåndsvisningen',
        toggleScrollSync: 'Rull sammen',
        toggleNotes: 'Vis eller skjul notater',
      },
      editorNotesPane: {
        title: 'Notater',
        emptyState: 'Ingen notater ennå. Skriv det første notatet nedenfor.',
        addNote: 'Legg til notat',
        addPlaceholder: 'Skriv et notat …',
        editPlaceholder: 'Endre notatet …',
        save: 'Lagre',
        cancel: 'Avbryt',
        edit: 'Endre',
        delete: 'Slett',
        resolve: 'Merk som løst',
        unresolve: 'Merk som uløst',
        confirmDelete: 'Vil du slette dette notatet?',
        shortcut: 'Tips: Ctrl+Enter legger til notatet',
      },
      editorToolbar: {
        statusInfoTooltipDraft: 'Oppføringen er et utkast. Sett statusen til «Til godkjenning» når den er klar.',
        statusInfoTooltipInReview: 'Oppføringen venter på godkjenning. Du kan fortsatt gjøre endringer.',
      },
      editorWidgets: {
        markdown: {
          bold: 'Fet',
          italic: 'Kursiv',
          strikethrough: 'Gjennomstreket',
          code: 'Kode',
          link: 'Lenke',
          linkPrompt: 'Skriv adressen lenken skal gå til',
          headings: 'Overskrifter',
          quote: 'Sitat',
          bulletedList: 'Punktliste',
          numberedList: 'Nummerert liste',
          addComponent: 'Sett inn',
          toggleMode: { rich: 'Bytt til visuell redigering', markdown: 'Bytt til Markdown' },
        },
        image: {
          chooseMultiple: 'Velg bilder',
          chooseUrl: 'Sett inn fra adresse',
          replaceUrl: 'Erstatt med adresse',
          promptUrl: 'Skriv adressen til bildet',
          addMore: 'Legg til flere bilder',
          removeAll: 'Fjern alle bildene',
        },
        file: {
          chooseUrl: 'Sett inn fra adresse',
          chooseMultiple: 'Velg filer',
          replaceUrl: 'Erstatt med adresse',
          promptUrl: 'Skriv adressen til filen',
          addMore: 'Legg til flere filer',
          removeAll: 'Fjern alle filene',
        },
        datetime: { setToNow: 'Sett %{fieldLabel} til nå' },
        list: { add: 'Legg til %{item}', addType: 'Legg til %{item}' },
        object: { expand: 'Vis', collapse: 'Skjul' },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: {
        copy: 'Kopier',
        copyUrl: 'Kopier adressen',
        copyPath: 'Kopier stien',
        copyName: 'Kopier navnet',
        copied: 'Kopiert',
      },
      mediaLibraryModal: { close: 'Lukk' },
    },
    ui: {
      settingsDropdown: { account: 'Kontovalg' },
      toast: {
        noteAdded: 'Notatet er lagt til',
        onFailToAddNote: 'Kunne ikke legge til notatet: %{details}',
        noteUpdated: 'Notatet er endret',
        onFailToUpdateNote: 'Kunne ikke endre notatet: %{details}',
        noteDeleted: 'Notatet er slettet',
        onFailToDeleteNote: 'Kunne ikke slette notatet: %{details}',
        noteResolved: 'Notatet er merket som løst',
        noteReopened: 'Notatet er åpnet igjen',
        onFailToToggleNote: 'Kunne ikke endre notatet: %{details}',
        onLoggedOut: 'Du er logget ut. Ta vare på det du har skrevet, og logg inn igjen.',
        onBackendDown: 'Lagringstjenesten er nede. Se %{details} for mer.',
      },
    },
  };

  // Decap's own phrases first, ours where it has none.
  function merged(own, extra) {
    var result = {};
    var key;
    for (key in own) if (Object.prototype.hasOwnProperty.call(own, key)) result[key] = own[key];
    for (key in extra) {
      if (!Object.prototype.hasOwnProperty.call(extra, key)) continue;
      var mine = result[key];
      result[key] = mine && typeof mine === 'object' && typeof extra[key] === 'object' ? merged(mine, extra[key]) : (mine === undefined ? extra[key] : mine);
    }
    return result;
  }

  CMS.registerLocale('nb_no', merged(CMS.getLocale('nb_no') || {}, missing));

  // The Markdown editor's image block, with its fields in Norwegian (Decap's has "Image", "Alt Text", "Title").
  // The text alternative is what the build requires (KMP032); the title 'dekorativ' marks a decorative image.
  var h = window.h;
  CMS.registerEditorComponent({
    id: 'image',
    label: 'Bilde',
    fields: [
      { label: 'Bilde', name: 'image', widget: 'image', media_library: { allow_multiple: false } },
      { label: 'Tekstalternativ', name: 'alt', hint: 'Hva bildet viser, for dem som ikke ser det. Bare pynt? La feltet stå tomt og skriv dekorativ som tittel.' },
      { label: 'Tittel', name: 'title', required: false },
    ],
    pattern: /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/,
    fromBlock: function (match) {
      return match && { image: match[2], alt: match[1], title: match[4] };
    },
    toBlock: function (data) {
      var title = data.title ? ' "' + String(data.title).replace(/"/g, '\\"') + '"' : '';
      return '![' + (data.alt || '') + '](' + (data.image || '') + title + ')';
    },
    toPreview: function (data, getAsset, fields) {
      var field = fields && fields.find(function (f) { return f.get('widget') === 'image'; });
      var src = getAsset(data.image, field);
      return h('img', { src: src ? src.toString() : '', alt: data.alt || '', title: data.title || '' });
    },
  });

  // Decap registers its code block with the label "Code Block" written into the bundle, not as a phrase of the
  // locale: the same block again, under a Norwegian label, replaces it.
  CMS.registerEditorComponent({ id: 'code-block', label: 'Kodeblokk', widget: 'code', type: 'code-block' });
})(window.CMS);
