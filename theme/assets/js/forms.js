// Fillable forms: answers are kept in this browser's localStorage (per form and form version) as they are
// typed, and can be exported to a JSON file, imported again, cleared and printed. Nothing is ever sent to a
// server. Without JavaScript the page is a blank form that prints well.
(function () {
  "use strict";
  var form = document.querySelector("form[data-storage-key]");
  if (!form) return;
  var key = form.getAttribute("data-storage-key");
  var status = document.getElementById("skjema-status");
  var tools = document.querySelector(".form-tools");
  var lastMessage = "";

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

  function collect() {
    var answers = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === "radio") {
        if (el.checked) answers[el.name] = el.value;
      } else if (el.value !== "") {
        answers[el.name] = el.value;
      }
    });
    return answers;
  }

  function fill(answers) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      var value = Object.prototype.hasOwnProperty.call(answers, el.name) ? String(answers[el.name]) : "";
      if (el.type === "radio") el.checked = el.value === value;
      else el.value = value;
    });
  }

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function save() {
    var store = storage();
    if (!store) { say("Nettleseren lar ikke siden lagre svar. Eksporter svarene før du lukker siden."); return; }
    var saved = new Date();
    store.setItem(key, JSON.stringify({ savedAt: saved.toISOString(), answers: collect() }));
    say("Svarene er lagret i denne nettleseren kl. " + time(saved) + ".");
  }

  function load() {
    var store = storage();
    if (!store) return;
    var raw = store.getItem(key);
    if (!raw) { say("Svarene du skriver, lagres automatisk i denne nettleseren."); return; }
    try {
      var data = JSON.parse(raw);
      fill(data.answers || {});
      say("Svarene dine fra " + new Date(data.savedAt).toLocaleString("nb-NO") + " er hentet fram igjen.");
    } catch (e) {
      say("De lagrede svarene kunne ikke leses.");
    }
  }

  function download() {
    var data = {
      form: form.getAttribute("data-form"),
      version: form.getAttribute("data-version"),
      exportedAt: new Date().toISOString(),
      answers: collect()
    };
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = data.form + "-svar.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    say("Svarene er eksportert til filen " + link.download + ".");
  }

  function importFile(input) {
    var file = input.files && input.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var data = JSON.parse(text);
      if (data.form !== form.getAttribute("data-form")) {
        say("Filen inneholder svar til et annet skjema (" + data.form + "). Ingenting ble endret.");
        return;
      }
      fill(data.answers || {});
      save();
      say("Svarene fra " + file.name + " er importert.");
    }).catch(function () {
      say("Filen kunne ikke leses. Velg en fil som er eksportert fra dette skjemaet.");
    }).finally(function () { input.value = ""; });
  }

  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  if (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var action = event.target.closest("[data-action]");
      if (!action) return;
      switch (action.getAttribute("data-action")) {
        case "export": download(); break;
        case "print": window.print(); break;
        case "clear":
          if (window.confirm("Vil du tømme skjemaet? Alle svarene blir slettet fra denne nettleseren.")) {
            fill({});
            var store = storage();
            if (store) store.removeItem(key);
            say("Skjemaet er tømt.");
          }
          break;
      }
    });
    var importInput = tools.querySelector('input[data-action="import"]');
    if (importInput) importInput.addEventListener("change", function () { importFile(importInput); });
  }

  load();
})();
