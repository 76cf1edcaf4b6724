// Live pages without sockets.
// - The facilitator's dashboard polls with htmx (hx-trigger="every 3s"); this script adds the
//   region's ETag as If-None-Match, so an unchanged room answers 304 and nothing is swapped.
// - A participant's page polls itself every 5 s (body[data-live-etag]). A 304 means nothing
//   changed. JSON means only colleagues' texts changed: each goes into its field (below).
//   Otherwise the fresh page is merged into this one: the room's step, timer and pause
//   are replaced; new items appear and removed ones go; a field updates in place unless the
//   participant changed its text and has not saved it yet: then it only says who changed it,
//   and saving it later shows both texts (see autosave.js).
(function () {
  "use strict";

  var INTERVAL_MS = 5000;
  var klok = function () { return window.CultuuroptilKlok; };

  // --- the dashboard (htmx) ---
  document.addEventListener("htmx:configRequest", function (e) {
    var tag = e.detail.elt && e.detail.elt.getAttribute && e.detail.elt.getAttribute("data-live-etag");
    if (tag && e.detail.verb === "get") e.detail.headers["If-None-Match"] = tag;
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    var xhr = e.detail.xhr;
    var server = xhr && parseInt(xhr.getResponseHeader("X-Servertijd"), 10);
    if (server && klok()) klok().meet(server, Date.now() - 50, Date.now());
  });
  // Blocks marked data-vaste-scroll (the room's controls) are swapped without moving the page.
  // An outerHTML swap first inserts the new block before the old one and only then removes the
  // old one. If the browser lays out in between (removing the focused button makes it) while
  // its scroll anchor lies in the old block, Chromium scrolls down by the block's height (the
  // controls: ~600 px) to keep that anchor in place, and the old block is then gone; which
  // node is the anchor depends on where the page stood, hence a jump only now and then (a
  // status change after the timer's buttons). overflow-anchor: none does not stop it. The
  // swap is synchronous, so putting the scroll position back afterwards shows no movement.
  var scrollVoor = null;
  document.addEventListener("htmx:beforeSwap", function (e) {
    var doel = e.detail.target;
    scrollVoor = e.detail.shouldSwap && doel && doel.hasAttribute && doel.hasAttribute("data-vaste-scroll")
      ? [window.scrollX, window.scrollY] : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    if (!scrollVoor) return;
    if (window.scrollX !== scrollVoor[0] || window.scrollY !== scrollVoor[1]) window.scrollTo(scrollVoor[0], scrollVoor[1]);
    scrollVoor = null;
  });

  // A poll that swaps the dashboard keeps the keyboard focus on the same link.
  var focusId = null;
  document.addEventListener("htmx:beforeSwap", function (e) {
    var actief = document.activeElement;
    focusId = actief && actief.id && e.detail.target && e.detail.target.contains(actief) ? actief.id : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    if (!focusId) return;
    var el = document.getElementById(focusId);
    // Without scrolling: the swapped block stays where it was, and so does the page.
    if (el && document.activeElement === document.body) el.focus({ preventScroll: true });
    focusId = null;
  });

  // --- a participant's page ---
  var etag = null;
  var bezigMetPollen = false;
  var timer = null;
  var terugFocus = null;

  function autosave() { return window.CultuuroptilAutosave; }

  function invoerGewijzigd(i) {
    if (i.type === "hidden" || i.type === "submit" || i.type === "button") return false;
    if (i.closest("[data-autosave]")) return false; // judged by the autosave field itself
    if (i.type === "checkbox" || i.type === "radio") return i.checked !== i.defaultChecked;
    if (i.tagName === "SELECT") {
      return Array.prototype.some.call(i.options, function (o) { return o.selected !== o.defaultSelected; });
    }
    return i.value !== i.defaultValue;
  }

  // A field whose text the participant changed and has not saved yet (or a conflict they have
  // not settled). The cursor alone does not count: a field they are in but left as saved takes
  // a colleague's text over in place (see neemOver in autosave.js), keeping the cursor.
  function veldBezig(blok) {
    var a = autosave();
    var veld = a ? a.veldVan(blok) : null;
    var invoer = blok.querySelector("[data-veld]");
    if (!veld) return !!(invoer && document.activeElement === invoer);
    return veld.heeftOnbewaard() || (invoer && invoer.value !== veld.basis) || blok.classList.contains("heeft-conflict");
  }

  // Busy: the participant is working inside this element, so it must not be replaced.
  function bezig(el) {
    var actief = document.activeElement;
    if (actief && actief !== document.body && el.contains(actief)) return true;
    if (el.matches("[data-autosave]")) return veldBezig(el);
    var blokken = el.querySelectorAll("[data-autosave]");
    for (var i = 0; i < blokken.length; i++) if (veldBezig(blokken[i])) return true;
    var invoer = el.querySelectorAll("input, textarea, select");
    for (var j = 0; j < invoer.length; j++) if (invoerGewijzigd(invoer[j])) return true;
    return false;
  }

  function sleutel(el) {
    return el.id || el.getAttribute("data-autosave") || null;
  }

  function basissen(el) {
    var uit = {};
    var blokken = Array.prototype.slice.call(el.querySelectorAll("[data-autosave]"));
    if (el.matches("[data-autosave]")) blokken.push(el);
    blokken.forEach(function (blok) {
      var basis = blok.querySelector("[data-basis]");
      if (basis) uit[blok.getAttribute("data-autosave")] = basis.value;
    });
    return uit;
  }

  function vervang(oud, nieuw) {
    var voor = basissen(oud);
    var kopie = document.importNode(nieuw, true);
    oud.replaceWith(kopie);
    klaarMaken(kopie);
    // Say which fields a colleague changed, and who.
    var na = basissen(kopie);
    Object.keys(na).forEach(function (url) {
      if (!(url in voor) || voor[url] === na[url] || !autosave()) return;
      var blok = kopie.matches("[data-autosave]") ? kopie : kopie.querySelector('[data-autosave="' + url + '"]');
      if (blok) {
        var door = blok.getAttribute("data-door");
        autosave().veldVan(blok).toon(door ? "Bijgewerkt door " + door : "Bijgewerkt door een collega", "ok");
      }
    });
  }

  function voegIn(ouder, nieuw, na) {
    var kopie = document.importNode(nieuw, true);
    ouder.insertBefore(kopie, na ? na.nextSibling : ouder.firstChild);
    klaarMaken(kopie);
    return kopie;
  }

  function klaarMaken(el) {
    if (window.htmx) window.htmx.process(el);
    if (autosave()) autosave().start(el);
    // Other scripts (bollenschema.js) enhance what a poll brought in, as they did on load.
    document.dispatchEvent(new CustomEvent("cultuuroptil:nieuw", { detail: el }));
  }

  function mergeVeld(oud, nieuw) {
    var basisNieuw = nieuw.querySelector("[data-basis]");
    if (basisNieuw) mergeTekst(oud, basisNieuw.value, nieuw.getAttribute("data-door") || "");
  }

  // A colleague's saved text for this field: taken over when nobody is typing here; else the
  // field only says who changed it (saving later shows both texts).
  function mergeTekst(oud, server, door) {
    var a = autosave();
    if (!a) return;
    var veld = a.veldVan(oud);
    if (server === veld.basis) return;
    oud.setAttribute("data-door", door);
    if (veldBezig(oud)) {
      veld.collegaWijzigde(door);
    } else {
      veld.neemOver(server, door);
    }
  }

  // As the server's kort(): at most n characters (code points), the last one an ellipsis.
  function kort(tekst, n) {
    var tekens = Array.from(tekst);
    return !n || tekens.length <= n ? tekst : tekens.slice(0, n - 1).join("") + "\u2026";
  }

  // A poll whose answer is JSON: only texts changed (the page's structure did not), as
  // [autosave URL, text, by whom]. Each goes into its field, if this page shows it, and into
  // the places that show it as text (data-live-tekst="<soort>-<id>-<veld>", cut to
  // data-live-kort characters), such as a partnerkaart's title.
  function pasTekstenToe(velden) {
    var perUrl = {};
    document.querySelectorAll("[data-autosave]").forEach(function (blok) {
      perUrl[blok.getAttribute("data-autosave")] = blok;
    });
    var perSleutel = {};
    document.querySelectorAll("[data-live-tekst]").forEach(function (el) {
      var s = el.getAttribute("data-live-tekst");
      (perSleutel[s] = perSleutel[s] || []).push(el);
    });
    velden.forEach(function (v) {
      var blok = perUrl[v[0]];
      if (blok) mergeTekst(blok, v[1], v[2]);
      // .../bewaar/<soort>/<id>/<veld>/
      var delen = v[0].split("/").filter(Boolean).slice(-3);
      (perSleutel[delen.join("-")] || []).forEach(function (el) {
        var tekst = kort(v[1], parseInt(el.getAttribute("data-live-kort"), 10));
        if (el.textContent !== tekst) el.textContent = tekst;
      });
    });
  }

  // A small keyed morph: elements with an id (or an autosave URL) are matched by it, the
  // others by their place among siblings of the same tag. Busy elements are never replaced,
  // only merged into; elements nobody is working in are replaced whole.
  function morph(oud, nieuw) {
    if (oud.hasAttribute("data-live-behoud") || oud.isEqualNode(nieuw)) return;
    if (oud.matches("[data-autosave]")) {
      mergeVeld(oud, nieuw);
    } else if (!bezig(oud)) {
      vervang(oud, nieuw);
    } else if (oud.tagName === nieuw.tagName) {
      verzoenKinderen(oud, nieuw);
    }
  }

  function verzoenKinderen(oud, nieuw) {
    var oudeKinderen = Array.prototype.slice.call(oud.children);
    var perSleutel = {};
    var zonderSleutel = {};
    oudeKinderen.forEach(function (k) {
      var s = sleutel(k);
      if (s) perSleutel[s] = k;
      else (zonderSleutel[k.tagName] = zonderSleutel[k.tagName] || []).push(k);
    });
    var gebruikt = [];
    var vorige = null;
    Array.prototype.forEach.call(nieuw.children, function (nk) {
      var s = sleutel(nk);
      var ok = s ? perSleutel[s] : (zonderSleutel[nk.tagName] || []).shift();
      if (ok) {
        var volgende = ok.nextSibling;
        morph(ok, nk);
        // A replaced element's successor stands where it stood.
        var nu = ok.isConnected ? ok : (volgende ? volgende.previousSibling : oud.lastChild);
        gebruikt.push(nu);
        vorige = nu;
      } else {
        vorige = voegIn(oud, nk, vorige);
        gebruikt.push(vorige);
      }
    });
    oudeKinderen.forEach(function (k) {
      if (gebruikt.indexOf(k) === -1 && k.isConnected && !k.hasAttribute("data-live-behoud") && !bezig(k)) {
        k.remove();
      }
    });
  }

  // The field a participant is typing in when the pause starts stays theirs: the rest of the
  // page goes inert, but that field keeps its focus and cursor, so no keystroke is lost. What
  // they type there is a draft (the server answers 423 until the pause ends; autosave.js keeps
  // it in the browser) and is saved when the pause ends.
  var conceptVeld = null;
  var eigenInert = [];

  function typVeld(el) {
    if (!el || el === document.body || !el.matches) return false;
    return el.matches("textarea, input[type=text], input:not([type])") && !el.disabled && !el.readOnly;
  }

  // inert on every element of <main> except the field, its ancestors, its label and the
  // status line that says "saved when the pause ends".
  function maakInertBehalve(main, veld) {
    var el = veld;
    while (el && el !== main && el.parentElement) {
      var ouder = el.parentElement;
      Array.prototype.forEach.call(ouder.children, function (kind) {
        if (kind === el || kind.hasAttribute("inert")) return;
        if (kind.matches("label, [data-status]")) return;
        kind.setAttribute("inert", "");
        eigenInert.push(kind);
      });
      el = ouder;
    }
  }

  function gepauzeerdNu(main) {
    return main.hasAttribute("inert") || main.classList.contains("pauze-concept");
  }

  function zetPauze(gepauzeerd) {
    var main = document.getElementById("inhoud");
    if (!main) return;
    var was = gepauzeerdNu(main);
    if (gepauzeerd && !was) {
      // Remember where the participant was, to put them back there afterwards.
      var actief = document.activeElement;
      terugFocus = actief && actief !== document.body ? actief : null;
      if (typVeld(actief) && main.contains(actief)) {
        conceptVeld = actief;
        main.classList.add("pauze-concept");
        maakInertBehalve(main, actief);
      } else {
        main.setAttribute("inert", "");
      }
    } else if (!gepauzeerd && was) {
      main.removeAttribute("inert");
      main.classList.remove("pauze-concept");
      eigenInert.forEach(function (el) { el.removeAttribute("inert"); });
      eigenInert = [];
      conceptVeld = null;
      document.dispatchEvent(new CustomEvent("cultuuroptil:hervat"));
      return true;
    }
    return false;
  }

  // After the merge: the participant is back where they were (the same element, or the one
  // with its id if the merge replaced it), with the cursor where they left it.
  function focusTerug() {
    var doel = terugFocus;
    terugFocus = null;
    if (doel && !doel.isConnected && doel.id) doel = document.getElementById(doel.id);
    if (!doel || !doel.isConnected) return;
    if (document.activeElement !== doel) doel.focus({ preventScroll: true });
  }

  // Parts that differ per render without meaning anything (the masked CSRF token, the keys
  // this page made for its "add" forms) are made equal first, so unchanged regions compare
  // equal and stay untouched.
  function gelijkTrekken(doc) {
    var token = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (token) {
      doc.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach(function (i) {
        i.setAttribute("value", token.value);
      });
    }
    doc.querySelectorAll("form[id] [data-sleutel]").forEach(function (i) {
      var form = document.getElementById(i.form ? i.form.id : "");
      var oud = form && form.querySelector("[data-sleutel]");
      if (oud) i.setAttribute("value", oud.value);
    });
  }

  // On a phone the room's instructions start folded, so the page's own form stays in view; the
  // step's name and the invitation to go there stay visible. Instructions a participant opened
  // stay open while the step lasts (pasToe).
  var telefoon = window.matchMedia ? window.matchMedia("(max-width: 40rem)") : null;
  function vouwOpTelefoon(zaal) {
    var uitleg = zaal && zaal.querySelector(".fase-uitleg");
    if (uitleg && telefoon && telefoon.matches) uitleg.open = false;
  }

  function pasToe(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    gelijkTrekken(doc);
    var zaalNieuw = doc.getElementById("zaal");
    var zaalOud = document.getElementById("zaal");
    if (zaalNieuw && zaalOud && !zaalOud.isEqualNode(zaalNieuw)) {
      var titel = function (el) { var t = el.querySelector(".fase-titel"); return t ? t.textContent : ""; };
      var uitlegOud = zaalOud.querySelector(".fase-uitleg");
      var uitlegNieuw = zaalNieuw.querySelector(".fase-uitleg");
      // Same step: the instructions stay folded or open as the participant left them.
      if (uitlegOud && uitlegNieuw && titel(zaalOud) === titel(zaalNieuw)) uitlegNieuw.open = uitlegOud.open;
      else vouwOpTelefoon(zaalNieuw);
      var focusWasIn = zaalOud.contains(document.activeElement);
      zaalOud.replaceWith(document.importNode(zaalNieuw, true));
      if (focusWasIn) {
        var doel = document.querySelector("#zaal summary, #zaal a");
        if (doel) doel.focus({ preventScroll: true });
      }
    }
    var mainNieuw = doc.getElementById("inhoud");
    var mainOud = document.getElementById("inhoud");
    if (mainNieuw && mainOud) {
      var hervat = zetPauze(mainNieuw.hasAttribute("inert"));
      // <main> itself stays (its focus, scroll and inert state); its content is merged.
      verzoenKinderen(mainOud, mainNieuw);
      // Parts the merge brought in during a pause go inert like their neighbours.
      if (conceptVeld && conceptVeld.isConnected) maakInertBehalve(mainOud, conceptVeld);
      if (hervat) focusTerug();
    }
    if (klok() && klok().teken) klok().teken();
  }

  // An answer that crossed the participant's own change (an htmx action or an autosave on its
  // way) may show an older page: merging it could undo what they just saw appear, or swap out
  // the region htmx is about to fill. Such an answer is dropped and asked again.
  var htmxLopend = 0;
  var htmxTeller = 0;
  document.addEventListener("htmx:beforeRequest", function () { htmxLopend++; htmxTeller++; });
  document.addEventListener("htmx:afterRequest", function () {
    htmxLopend = Math.max(0, htmxLopend - 1);
    htmxTeller++;
  });
  document.addEventListener("htmx:afterSettle", function () { htmxTeller++; });

  function stand() {
    return htmxTeller + ":" + (autosave() ? autosave().stand() : 0);
  }

  function eigenWerkLoopt() {
    return htmxLopend > 0 || (autosave() && autosave().bezig());
  }

  function poll() {
    if (bezigMetPollen || !etag || eigenWerkLoopt()) return;
    if (document.visibilityState === "hidden") return;
    bezigMetPollen = true;
    var begin = stand();
    var voor = Date.now();
    fetch(window.location.href, {
      credentials: "same-origin",
      cache: "no-store",
      redirect: "manual",
      headers: { "X-Live": "1", "If-None-Match": etag }
    }).then(function (antwoord) {
      var na = Date.now();
      var server = parseInt(antwoord.headers.get("X-Servertijd"), 10);
      if (server && klok()) klok().meet(server, voor, na);
      if (antwoord.status === 304) return null;
      // The session or the participant is gone (or another browser took over): stop asking.
      if (antwoord.status === 404 || antwoord.status === 403 || antwoord.type === "opaqueredirect") {
        clearInterval(timer);
        return null;
      }
      if (antwoord.status !== 200) return null;
      var nieuw = antwoord.headers.get("ETag");
      if ((antwoord.headers.get("Content-Type") || "").indexOf("application/json") === 0) {
        return antwoord.json().then(function (data) {
          if (eigenWerkLoopt() || stand() !== begin) return;
          pasTekstenToe(data.velden || []);
          if (nieuw) etag = nieuw;
        });
      }
      return antwoord.text().then(function (html) {
        if (eigenWerkLoopt() || stand() !== begin) return; // stale: the next poll asks again
        pasToe(html);
        if (nieuw) etag = nieuw;
      });
    }).catch(function () { /* offline: try again at the next tick */ })
      .then(function () { bezigMetPollen = false; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    vouwOpTelefoon(document.getElementById("zaal"));
    etag = document.body.getAttribute("data-live-etag");
    if (!etag) return;
    window.CultuuroptilLive = { poll: poll };
    var interval = parseInt(document.body.getAttribute("data-poll-interval"), 10) || INTERVAL_MS;
    timer = setInterval(poll, interval);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") poll();
    });
  });
})();
