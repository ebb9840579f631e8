// Fillable forms. Answers are kept in this browser by answer id (the field's name) as they are typed: in
// localStorage, or for a form with personal data in sessionStorage (this tab only) unless the reader asks to
// keep them. They can be exported to a JSON file that describes itself (kompetanse-svar/1), imported again,
// cleared, printed, and downloaded as the form's DOCX or ODT with the answers filled in (made here with the
// fflate zip library; nothing is ever sent to a server). Without JavaScript the page is a blank form that prints.
(function () {
  "use strict";
  var form = document.querySelector("form[data-storage-key]");
  if (!form) return;
  var key = form.getAttribute("data-storage-key");
  var slug = form.getAttribute("data-form");
  var version = form.getAttribute("data-version");
  var personal = form.getAttribute("data-personal") === "true";
  var status = document.getElementById("skjema-status");
  var tools = document.querySelector(".form-tools");
  var remember = document.getElementById("husk-svar");
  var lastMessage = "";
  var UNIT = "felt-enhet";

  function say(message) {
    // A live region announces changes; only write when the text changes, so typing is not read aloud.
    if (status && message !== lastMessage) {
      status.textContent = message;
      lastMessage = message;
    }
  }

  function time(date) {
    return String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0");
  }

  function has(object, name) { return Object.prototype.hasOwnProperty.call(object, name); }

  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) { return el.name; });
  }

  function collect() {
    var answers = {};
    fields().forEach(function (el) {
      if (el.type === "radio") {
        if (el.checked) answers[el.name] = el.value;
      } else if (el.value.trim() !== "") {
        answers[el.name] = el.value;
      }
    });
    return answers;
  }

  function count(answers) { return Object.keys(answers).length; }

  /** Puts answers in place; returns the names (answer ids) this version of the form has no place for. */
  function fill(answers) {
    var placed = {};
    fields().forEach(function (el) {
      var value = has(answers, el.name) ? String(answers[el.name]) : "";
      if (el.type === "radio") {
        el.checked = value !== "" && el.value === value;
        if (el.checked) placed[el.name] = true;
      } else {
        el.value = value;
        if (value !== "") placed[el.name] = true;
      }
    });
    mirrorAll();
    return Object.keys(answers).filter(function (name) { return answers[name] !== "" && !placed[name]; });
  }

  /** The question an answer name belongs to: a table cell "id.r1.c2" belongs to "id". */
  function questionOf(name) { return name.replace(/\.r\d+\.c\d+$/, ""); }

  /** The texts of the questions on this page, by answer id, so stored answers can name what they answered. */
  function questionTexts() {
    var texts = {};
    form.querySelectorAll("[data-question]").forEach(function (el) {
      texts[el.getAttribute("data-answer") || el.name] = el.getAttribute("data-question");
    });
    return texts;
  }

  /** "«Question text»" for each dropped question, once each. */
  function droppedText(names, texts) {
    var seen = {};
    var list = [];
    names.forEach(function (name) {
      var id = questionOf(name);
      if (seen[id]) return;
      seen[id] = true;
      list.push("«" + (texts && texts[id] ? texts[id] : id) + "»");
    });
    return list.join(", ");
  }

  // ---- Storage ----------------------------------------------------------------------------------------

  function area(name) {
    try { return window[name] || null; } catch (e) { return null; } // blocked storage throws on access
  }

  /** Where answers are kept: localStorage, or for personal data sessionStorage unless the reader chose to keep them. */
  function store() {
    return area(personal && !(remember && remember.checked) ? "sessionStorage" : "localStorage");
  }

  function full(e) {
    return e && (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22 || e.code === 1014);
  }

  function write(data) {
    var s = store();
    if (!s) {
      say("Nettleseren lar ikke siden lagre svar. Svarene er ikke lagret: eksporter dem eller last ned skjemaet utfylt før du lukker siden.");
      return false;
    }
    try {
      s.setItem(key, JSON.stringify(data));
      return true;
    } catch (e) {
      say(full(e)
        ? "Nettleseren har ikke mer plass til lagrede svar, så de siste endringene er ikke lagret. Eksporter svarene eller last ned skjemaet utfylt før du lukker siden."
        : "Nettleseren lar ikke siden lagre svar. Svarene er ikke lagret: eksporter dem eller last ned skjemaet utfylt før du lukker siden.");
      return false;
    }
  }

  function save() {
    var saved = new Date();
    var answers = collect();
    var texts = questionTexts();
    var used = {};
    Object.keys(answers).forEach(function (name) { var id = questionOf(name); if (texts[id]) used[id] = texts[id]; });
    if (write({ form: slug, version: version, savedAt: saved.toISOString(), answers: answers, questions: used })) {
      say(personal && !(remember && remember.checked)
        ? "Svarene er lagret i denne fanen kl. " + time(saved) + ". De slettes når du lukker fanen."
        : "Svarene er lagret i denne nettleseren kl. " + time(saved) + ".");
    }
  }

  function read(s) {
    if (!s) return null;
    try { return s.getItem(key); } catch (e) { return null; }
  }

  function load() {
    var local = read(area("localStorage"));
    var raw = local;
    if (personal) {
      if (local && remember) remember.checked = true; // the reader chose to keep them here before
      else raw = read(area("sessionStorage"));
    }
    if (!area(personal && !local ? "sessionStorage" : "localStorage")) {
      say("Nettleseren lar ikke siden lagre svar. Eksporter svarene eller last ned skjemaet utfylt før du lukker siden.");
      return;
    }
    if (!raw) {
      say(personal ? "Svarene du skriver, lagres i denne fanen til du lukker den." : "Svarene du skriver, lagres automatisk i denne nettleseren.");
      return;
    }
    var data;
    try { data = JSON.parse(raw); } catch (e) { say("De lagrede svarene kunne ikke leses."); return; }
    var answers = data && typeof data.answers === "object" && data.answers ? data.answers : {};
    var dropped = fill(answers);
    var message = "Svarene dine fra " + new Date(data.savedAt).toLocaleString("nb-NO") + " er hentet fram igjen.";
    if (dropped.length > 0) {
      message += " Skjemaet er endret siden" + (data.version && data.version !== version ? " (versjon " + data.version + " → " + version + ")" : "") +
        ", og svar på disse spørsmålene er ikke med lenger: " + droppedText(dropped, data.questions) + ".";
      save(); // keeps what still applies under this version; the status above still names what was dropped
      say(message);
      return;
    }
    say(message);
  }

  // ---- Export and import ------------------------------------------------------------------------------

  function unitField() { return form.elements.namedItem(UNIT); }

  /** The exported file: kompetanse-svar/1, readable without the site. */
  function describe() {
    var answers = collect();
    var list = [];
    form.querySelectorAll(".form-header [name]").forEach(function (el) {
      if (has(answers, el.name)) list.push({ id: el.name, question: el.getAttribute("data-question"), answer: answers[el.name] });
    });
    form.querySelectorAll(".question[data-answer]").forEach(function (q) {
      var id = q.getAttribute("data-answer");
      var text = q.getAttribute("data-question");
      if (q.getAttribute("data-kind") === "table") {
        var columns = Array.prototype.map.call(q.querySelectorAll("th[data-column]"), function (th) { return th.textContent.trim(); });
        var rows = Array.prototype.map.call(q.querySelectorAll("tbody tr"), function (tr) {
          return Array.prototype.map.call(tr.querySelectorAll("textarea"), function (t) { return t.value.trim() === "" ? "" : t.value; });
        });
        var any = rows.some(function (row) { return row.some(function (cell) { return cell !== ""; }); });
        if (any) list.push({ id: id, question: text, columns: columns, rows: rows });
      } else if (has(answers, id)) {
        list.push({ id: id, question: text, answer: answers[id] });
      }
    });
    var unit = unitField();
    return {
      format: "kompetanse-svar/1",
      form: slug,
      title: form.getAttribute("data-title"),
      version: version,
      unit: unit ? unit.value.trim() : "",
      exported: new Date().toISOString(),
      answers: list
    };
  }

  function fileSlug(text) {
    return text.toLowerCase().replace(/æ/g, "ae").replace(/[øö]/g, "o").replace(/å/g, "a")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function baseName() {
    var unit = unitField();
    var part = unit ? fileSlug(unit.value) : "";
    return slug + (part ? "-" + part : "");
  }

  function offer(bytes, type, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([bytes], { type: type }));
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  }

  /** The unit is asked for before an export when the form has an Enhet field and it is empty. */
  function ensureUnit() {
    var unit = unitField();
    if (!unit || unit.value.trim() !== "") return true;
    var answer = window.prompt("Hvilken enhet gjelder svarene? Enheten står i filen du eksporterer.", "");
    if (answer === null || answer.trim() === "") {
      say("Eksporten ble avbrutt. Skriv inn enheten i feltet «Enhet» og eksporter igjen.");
      unit.focus();
      return false;
    }
    unit.value = answer.trim();
    mirror(unit);
    save();
    return true;
  }

  function exportAnswers() {
    if (!ensureUnit()) return;
    var name = baseName() + "-svar.json";
    offer(JSON.stringify(describe(), null, 2) + "\n", "application/json", name);
    say("Svarene er eksportert til filen " + name + ".");
  }

  /** Answers by name from an exported file: kompetanse-svar/1, or the older { answers: { name: value } }. */
  function answersOf(data) {
    var answers = {};
    if (Array.isArray(data.answers)) {
      data.answers.forEach(function (item) {
        if (!item || typeof item.id !== "string") return;
        if (Array.isArray(item.rows)) {
          item.rows.forEach(function (row, r) {
            (Array.isArray(row) ? row : []).forEach(function (cell, c) {
              if (cell !== null && cell !== undefined && String(cell) !== "") answers[item.id + ".r" + (r + 1) + ".c" + (c + 1)] = String(cell);
            });
          });
        } else if (item.answer !== null && item.answer !== undefined) {
          answers[item.id] = String(item.answer);
        }
      });
    } else if (data.answers && typeof data.answers === "object") {
      Object.keys(data.answers).forEach(function (name) { answers[name] = String(data.answers[name]); });
    }
    return answers;
  }

  function importFile(input) {
    var file = input.files && input.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var data = JSON.parse(text);
      if (!data || data.form !== slug) {
        say("Filen inneholder svar til et annet skjema (" + (data && data.form) + "). Ingenting ble endret.");
        return;
      }
      if (count(collect()) > 0 &&
          !window.confirm("Skjemaet har allerede svar. Vil du erstatte dem med svarene i filen " + file.name + "?")) {
        say("Importen ble avbrutt. Svarene dine er som før.");
        return;
      }
      var texts = {};
      if (Array.isArray(data.answers)) data.answers.forEach(function (item) { if (item && item.id) texts[item.id] = item.question; });
      var dropped = fill(answersOf(data));
      save();
      var message = "Svarene fra " + file.name + " er importert.";
      if (dropped.length > 0) {
        message += " Filen er fra " + (data.version && data.version !== version ? "versjon " + data.version + " av skjemaet" : "en annen utgave av skjemaet") +
          ", og svar på disse spørsmålene er ikke med lenger: " + droppedText(dropped, texts) + ".";
      }
      say(message);
    }).catch(function () {
      say("Filen kunne ikke leses. Velg en fil som er eksportert fra dette skjemaet.");
    }).finally(function () { input.value = ""; });
  }

  // ---- Filled documents ---------------------------------------------------------------------------------

  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  var TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  var CHECKED = "\u2612", UNCHECKED = "\u2610"; // ☒ ☐

  function child(parent, ns, name) {
    for (var n = parent.firstChild; n; n = n.nextSibling) if (n.namespaceURI === ns && n.localName === name) return n;
    return null;
  }

  /** The step a check box "id#n" stands for: the n-th choice of that question on this page. */
  function isChosen(tag, answers) {
    var hash = tag.lastIndexOf("#");
    var name = tag.slice(0, hash);
    var n = parseInt(tag.slice(hash + 1), 10);
    var choices = form.querySelectorAll('input[type="radio"]');
    var steps = Array.prototype.filter.call(choices, function (el) { return el.name === name; });
    return steps.length >= n && has(answers, name) && steps[n - 1].value === answers[name];
  }

  function norwegianDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? m[3] + "." + m[2] + "." + m[1] : iso;
  }

  function wordRun(doc, props, text) {
    var run = doc.createElementNS(W, "w:r");
    if (props) run.appendChild(props.cloneNode(true));
    text.split("\n").forEach(function (line, i) {
      if (i > 0) run.appendChild(doc.createElementNS(W, "w:br"));
      var t = doc.createElementNS(W, "w:t");
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      t.textContent = line;
      run.appendChild(t);
    });
    return run;
  }

  function fillDocx(doc, answers) {
    var filled = 0;
    Array.prototype.forEach.call(doc.getElementsByTagNameNS(W, "sdt"), function (sdt) {
      var pr = child(sdt, W, "sdtPr");
      var content = child(sdt, W, "sdtContent");
      var tagEl = pr && child(pr, W, "tag");
      if (!tagEl || !content) return;
      var tag = tagEl.getAttributeNS(W, "val");
      var box = child(pr, W14, "checkbox");
      if (box) {
        var on = isChosen(tag, answers);
        var state = child(box, W14, "checked");
        if (state) state.setAttributeNS(W14, "w14:val", on ? "1" : "0");
        Array.prototype.forEach.call(content.getElementsByTagNameNS(W, "t"), function (t) { t.textContent = on ? CHECKED : UNCHECKED; });
        if (on) filled++;
        return;
      }
      if (!has(answers, tag)) return;
      var value = answers[tag];
      var date = child(pr, W, "date");
      if (date) {
        date.setAttributeNS(W, "w:fullDate", value + "T00:00:00Z");
        value = norwegianDate(value);
      }
      var placeholder = child(pr, W, "showingPlcHdr");
      if (placeholder) pr.removeChild(placeholder);
      // The answer takes the place of the control's runs, in the run properties the answer style gives (the first run's without its hint colour).
      var first = content.getElementsByTagNameNS(W, "r")[0];
      var props = first ? child(first, W, "rPr") : null;
      if (props) { var color = child(props, W, "color"); if (color) props.removeChild(color); }
      var target = content;
      var para = child(content, W, "p");
      if (para) target = para; // a block control: the runs live in its paragraph
      Array.prototype.slice.call(target.childNodes).forEach(function (n) {
        if (n.namespaceURI === W && n.localName === "r") target.removeChild(n);
      });
      target.appendChild(wordRun(doc, props, value));
      filled++;
    });
    return filled;
  }

  function fillOdt(doc, answers) {
    var filled = 0;
    Array.prototype.forEach.call(doc.getElementsByTagNameNS(TEXT, "text-input"), function (field) {
      var name = field.getAttributeNS(TEXT, "description");
      if (!name) return;
      if (name.indexOf("#") > 0) {
        var on = isChosen(name, answers);
        field.textContent = on ? CHECKED : UNCHECKED;
        if (on) filled++;
        return;
      }
      if (!has(answers, name)) return;
      var value = answers[name];
      if (/^felt-/.test(name) && /^\d{4}-\d{2}-\d{2}$/.test(value)) value = norwegianDate(value);
      // An input field holds one run of text: lines become " / " so nothing is lost.
      field.textContent = value.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean).join(" / ");
      filled++;
    });
    return filled;
  }

  var kinds = {
    docx: { part: "word/document.xml", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fill: fillDocx },
    odt: { part: "content.xml", type: "application/vnd.oasis.opendocument.text", fill: fillOdt }
  };

  function downloadFilled(kind) {
    var spec = kinds[kind];
    var zip = window.fflate;
    if (!zip) { say("Utfylte dokumenter kan ikke lages i denne nettleseren. Last ned det tomme dokumentet, eller skriv ut skjemaet."); return; }
    var url = form.getAttribute("data-" + kind);
    var answers = collect();
    say("Lager dokumentet …");
    fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.arrayBuffer();
    }).then(function (buffer) {
      var files = zip.unzipSync(new Uint8Array(buffer));
      var doc = new DOMParser().parseFromString(new TextDecoder().decode(files[spec.part]), "application/xml");
      if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("parse");
      spec.fill(doc, answers);
      var xml = new XMLSerializer().serializeToString(doc);
      if (xml.indexOf("<?xml") !== 0) xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml;
      files[spec.part] = new TextEncoder().encode(xml);
      // ODF: the mimetype entry first and stored uncompressed, so tools know the file by its first bytes.
      var entries = {};
      if (files.mimetype) entries.mimetype = [files.mimetype, { level: 0 }];
      Object.keys(files).forEach(function (name) { if (name !== "mimetype") entries[name] = files[name]; });
      var name = baseName() + "-utfylt." + kind;
      offer(zip.zipSync(entries, { level: 6 }), spec.type, name);
      say("Skjemaet med svarene er lastet ned som " + name + ".");
    }).catch(function () {
      say("Dokumentet kunne ikke lages. Prøv igjen, eller skriv ut skjemaet.");
    });
  }

  // ---- Printing: a filled field prints all its text ------------------------------------------------------

  function mirror(el) {
    if (el.type === "radio" || el.type === "checkbox" || el.type === "file") return;
    var copy = el.nextElementSibling;
    if (!copy || !copy.classList.contains("print-answer")) {
      copy = document.createElement("div");
      copy.className = "print-answer";
      copy.setAttribute("aria-hidden", "true");
      el.insertAdjacentElement("afterend", copy);
    }
    var value = el.type === "date" ? norwegianDate(el.value) : el.value;
    copy.textContent = value;
    el.classList.toggle("has-answer", value.trim() !== "");
  }

  function mirrorAll() { fields().forEach(mirror); }

  // ---- Wiring ---------------------------------------------------------------------------------------------

  form.addEventListener("input", function (event) { if (event.target.name) mirror(event.target); save(); });
  form.addEventListener("change", save);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  if (remember) {
    remember.closest(".keep-choice").hidden = false;
    remember.addEventListener("change", function () {
      // Move the answers to where they are now to be kept, and leave nothing behind in the other place.
      var from = area(remember.checked ? "sessionStorage" : "localStorage");
      try { if (from) from.removeItem(key); } catch (e) { /* nothing to remove */ }
      save();
    });
  }

  if (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var action = event.target.closest("[data-action]");
      if (!action) return;
      switch (action.getAttribute("data-action")) {
        case "export": exportAnswers(); break;
        case "filled-docx": downloadFilled("docx"); break;
        case "filled-odt": downloadFilled("odt"); break;
        case "print": window.print(); break;
        case "clear":
          if (window.confirm("Vil du tømme skjemaet? Alle svarene blir slettet fra denne nettleseren.")) {
            fill({});
            ["localStorage", "sessionStorage"].forEach(function (name) {
              var s = area(name);
              try { if (s) s.removeItem(key); } catch (e) { /* blocked: nothing stored */ }
            });
            say("Skjemaet er tømt.");
          }
          break;
      }
    });
    var importInput = tools.querySelector('input[data-action="import"]');
    if (importInput) importInput.addEventListener("change", function () { importFile(importInput); });
  }

  load();
  mirrorAll();
})();
