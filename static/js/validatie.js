// Dutch messages for the browser's own form checks (required, maxlength, type ...).
// A browser words them in its own language ("Please fill out this field."), whatever the page's
// lang says. Before the browser shows a message it fires "invalid" on the field: we set a Dutch
// one there, and clear it as soon as the participant changes the field, so the browser checks
// the new value afresh. Without JavaScript the server still checks everything, in Dutch.
(function () {
  "use strict";

  function bericht(el) {
    var v = el.validity;
    var type = (el.getAttribute("type") || "").toLowerCase();
    if (v.valueMissing) {
      if (type === "checkbox") return "Vink dit vakje aan om verder te gaan.";
      if (type === "radio") return "Kies een van de mogelijkheden.";
      if (el.tagName === "SELECT") return "Kies een item uit de lijst.";
      return "Vul dit veld in.";
    }
    if (v.tooLong) return "Gebruik hoogstens " + el.maxLength + " tekens (nu " + el.value.length + ").";
    if (v.tooShort) return "Gebruik minstens " + el.minLength + " tekens (nu " + el.value.length + ").";
    if (v.typeMismatch) {
      if (type === "email") return "Vul een geldig e-mailadres in.";
      if (type === "url") return "Vul een geldig webadres in.";
    }
    if (v.rangeUnderflow) return "Vul een waarde van minstens " + el.min + " in.";
    if (v.rangeOverflow) return "Vul een waarde van hoogstens " + el.max + " in.";
    if (v.patternMismatch && el.title) return "Gebruik deze vorm: " + el.title;
    if (type === "date") return "Vul een geldige datum in.";
    return "Vul een geldige waarde in.";
  }

  // "invalid" does not bubble: listen while it travels down (capture).
  document.addEventListener("invalid", function (e) {
    var el = e.target;
    if (!el || typeof el.setCustomValidity !== "function") return;
    el.setCustomValidity("");
    if (!el.validity.valid) el.setCustomValidity(bericht(el));
  }, true);

  function wis(e) {
    var el = e.target;
    if (!el || typeof el.setCustomValidity !== "function") return;
    var velden = [el];
    // A radio group: the message sits on one radio, the participant may pick another.
    if (el.type === "radio" && el.name) {
      var bereik = el.form || document;
      velden = Array.prototype.filter.call(bereik.querySelectorAll("input[type=radio]"), function (r) {
        return r.name === el.name;
      });
    }
    velden.forEach(zetBericht);
  }
  document.addEventListener("input", wis, true);
  document.addEventListener("change", wis, true);

  // Chromium also shows a field's message as its tooltip on hover, and on a page that loaded
  // before this script a click can raise the bubble before any "invalid" event we hear: every
  // field that is invalid gets its Dutch message from the start (and again after each change
  // and after htmx brings new fields), so no English message is ever the one on display.
  function zetBericht(el) {
    if (!el || typeof el.setCustomValidity !== "function") return;
    el.setCustomValidity("");
    if (el.willValidate && !el.validity.valid) el.setCustomValidity(bericht(el));
  }
  function zetAlle(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll("input, select, textarea"), zetBericht);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { zetAlle(); });
  else zetAlle();
  document.addEventListener("htmx:afterSettle", function (e) { zetAlle(e.detail && e.detail.elt && e.detail.elt.isConnected ? e.detail.elt : document); });

  // A failed post reloads the page with the reasons at the top of its form (autofocus). A
  // browser skips autofocus in some cases (a URL with a fragment, focus already moved): then
  // the focus goes there now, so the page does not open at its top as if nothing happened.
  function naarFout() {
    var el = document.querySelector("[data-fout-focus]");
    if (el && (document.activeElement === document.body || document.activeElement === null)) {
      el.focus();
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", naarFout);
  else naarFout();
})();
