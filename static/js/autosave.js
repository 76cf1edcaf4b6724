// Autosave for every [data-autosave] field of the invulsjabloon.
// Saves on change and after a short pause in typing, one request per field at a time; keeps
// text that the server does not have yet in localStorage (a reload or a closed tab loses
// nothing); retries when the network fails; shows a colleague's conflicting text with a choice.
(function () {
  "use strict";

  var PREFIX = "cultuuroptil:concept:";
  var PAUZE_MS = 800;
  var MAX_WACHT_MS = 30000;
  var velden = [];
  // Counts saves sent and answered: live.js drops a poll answer that crossed one.
  var bewaringen = 0;

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function leesConcept(sleutel) {
    try {
      return JSON.parse(localStorage.getItem(sleutel) || "null");
    } catch (e) {
      return null;
    }
  }

  function Veld(el) {
    this.el = el;
    this.url = el.getAttribute("data-autosave");
    this.input = el.querySelector("[data-veld]");
    this.basisInput = el.querySelector("[data-basis]");
    this.statusEl = el.querySelector("[data-status]");
    this.basis = this.basisInput ? this.basisInput.value : this.input.defaultValue;
    this.sleutel = PREFIX + this.url;
    this.bezig = false;
    this.nogEens = false;
    this.timer = null;
    this.wacht = 2000;
    this.herstelConcept();
  }

  Veld.prototype.heeftOnbewaard = function () {
    return this.bezig || localStorage.getItem(this.sleutel) !== null;
  };

  Veld.prototype.toon = function (tekst, soort) {
    if (!this.statusEl) return;
    this.statusEl.textContent = tekst;
    this.statusEl.className = "veld-status " + (soort || "");
    this.el.classList.toggle("onbewaard", soort === "onbewaard" || soort === "fout");
  };

  Veld.prototype.bewaarConcept = function () {
    try {
      localStorage.setItem(this.sleutel, JSON.stringify({
        waarde: this.input.value, basis: this.basis, tijd: Date.now()
      }));
    } catch (e) { /* private mode or full storage: the server save still runs */ }
  };

  Veld.prototype.herstelConcept = function () {
    var concept = leesConcept(this.sleutel);
    if (!concept) return;
    if (concept.waarde === this.input.value) {
      localStorage.removeItem(this.sleutel);
      return;
    }
    // Keep the draft's starting value: if a colleague changed the field since, the server
    // answers with a conflict instead of silently overwriting their text.
    this.input.value = concept.waarde;
    this.basis = concept.basis;
    this.toon("Niet bewaard: je tekst van vorige keer is teruggezet.", "onbewaard");
    this.bewaar();
  };

  Veld.prototype.gewijzigd = function () {
    var self = this;
    this.bewaarConcept();
    this.toon("Niet bewaard", "onbewaard");
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.bewaar(); }, PAUZE_MS);
  };

  Veld.prototype.bewaar = function () {
    var self = this;
    clearTimeout(this.timer);
    if (this.bezig) {
      this.nogEens = true;
      return;
    }
    var waarde = this.input.value;
    if (waarde === this.basis && localStorage.getItem(this.sleutel) === null) return;
    this.bezig = true;
    bewaringen++;
    this.toon("Bezig met opslaan…", "bezig");
    var body = new URLSearchParams();
    body.set("waarde", waarde);
    body.set("basis", this.basis);
    fetch(this.url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-Autosave": "1", "X-CSRFToken": csrfToken() }
    }).then(function (antwoord) {
      return antwoord.json().then(
        function (data) { return { status: antwoord.status, data: data }; },
        function () { return { status: antwoord.status, data: null }; }
      );
    }).then(function (res) {
      self.bezig = false;
      bewaringen++;
      self.verwerk(waarde, res.status, res.data);
    }, function () {
      self.bezig = false;
      bewaringen++;
      self.opnieuwProberen("Geen verbinding.");
    });
  };

  Veld.prototype.verwerk = function (waarde, status, data) {
    if (status === 200 && data) {
      this.basis = data.waarde;
      if (this.basisInput) this.basisInput.value = data.waarde;
      this.wacht = 2000;
      this.verwijderConflict();
      this.el.classList.remove("collega-wijzigde");
      if (this.input.value === waarde) {
        localStorage.removeItem(this.sleutel);
        this.toon("Bewaard", "ok");
      } else {
        this.bewaarConcept();
      }
    } else if (status === 503) {
      // The database is down for a moment: the draft stays in localStorage; try again.
      this.opnieuwProberen("De databank is even niet bereikbaar.");
      return;
    } else if (status === 409 && data) {
      this.toonConflict(data.waarde, data.door);
    } else if (status === 423) {
      // The facilitator asked for attention: the text stays a draft in this browser and is
      // saved when the pause ends (live.js announces it; a slow retry covers a missed one).
      this.bewaarConcept();
      this.wachtOpHervat = true;
      this.toon((data && data.fout) || "Even pauze: je tekst wordt bewaard zodra de begeleider verdergaat.", "onbewaard");
      var self423 = this;
      clearTimeout(this.timer);
      this.timer = setTimeout(function () { self423.bewaar(); }, 15000);
      this.nogEens = false;
      return;
    } else if ((status === 400 || status === 403) && data) {
      this.toon(data.fout, "fout");
    } else if (status === 403) {
      this.toon("Je pagina is verlopen. Herlaad de pagina: je tekst blijft in deze browser bewaard.", "fout");
    } else if (status === 404) {
      this.toon("Dit onderdeel bestaat niet meer (misschien verwijderde een collega het).", "fout");
    } else {
      this.opnieuwProberen("De server antwoordt niet zoals verwacht.");
      return;
    }
    if (this.nogEens) {
      this.nogEens = false;
      this.bewaar();
    }
  };

  Veld.prototype.opnieuwProberen = function (reden) {
    var self = this;
    var seconden = Math.round(this.wacht / 1000);
    this.toon("Niet bewaard. " + reden + " We proberen opnieuw over " + seconden + " s.", "fout");
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.bewaar(); }, this.wacht);
    this.wacht = Math.min(this.wacht * 2, MAX_WACHT_MS);
  };

  Veld.prototype.verwijderConflict = function () {
    var oud = this.el.querySelector(".conflict");
    if (oud) oud.remove();
    this.el.classList.remove("heeft-conflict");
  };

  // A colleague saved this field while the participant is typing in it: the text stays, the
  // field says who changed it; saving later shows both texts (a conflict), never overwrites.
  Veld.prototype.collegaWijzigde = function (door) {
    var wie = door || "Een collega";
    this.el.classList.add("collega-wijzigde");
    this.toon(wie + " wijzigde dit intussen. Je tekst blijft staan; bij bewaren kies je welke tekst blijft.", "onbewaard");
  };

  // Nothing unsaved here: show the colleague's saved text in place. A participant who is in
  // the field keeps the cursor where it was (or at the end of a shorter text).
  Veld.prototype.neemOver = function (tekst, door) {
    var erin = document.activeElement === this.input;
    var begin = this.input.selectionStart;
    var eind = this.input.selectionEnd;
    this.input.value = tekst;
    if (erin && typeof begin === "number") {
      this.input.setSelectionRange(Math.min(begin, tekst.length), Math.min(eind, tekst.length));
    }
    this.input.defaultValue = tekst;
    this.basis = tekst;
    if (this.basisInput) this.basisInput.value = tekst;
    localStorage.removeItem(this.sleutel);
    this.el.classList.remove("collega-wijzigde");
    this.toon(door ? "Bijgewerkt door " + door : "Bijgewerkt door een collega", "ok");
  };

  Veld.prototype.toonConflict = function (hunTekst, door) {
    var self = this;
    var wie = door || "Een collega";
    this.verwijderConflict();
    this.el.classList.remove("collega-wijzigde");
    this.el.classList.add("heeft-conflict");
    this.toon("Niet bewaard: " + (door ? door : "een collega") + " wijzigde dit intussen.", "fout");
    var doos = document.createElement("div");
    doos.className = "conflict";
    doos.setAttribute("role", "alert");
    var uitleg = document.createElement("p");
    var sterk = document.createElement("strong");
    sterk.textContent = wie + " wijzigde dit intussen.";
    uitleg.appendChild(sterk);
    uitleg.appendChild(document.createTextNode(" Hun tekst:"));
    var citaat = document.createElement("blockquote");
    citaat.textContent = hunTekst;
    var keuzes = document.createElement("p");
    keuzes.className = "acties";
    function knop(label, actie) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", actie);
      keuzes.appendChild(b);
      return b;
    }
    knop("Mijn tekst houden", function () {
      self.basis = hunTekst;
      self.bewaarConcept();
      self.bewaar();
    });
    knop("Hun tekst overnemen", function () {
      self.input.value = hunTekst;
      self.basis = hunTekst;
      if (self.basisInput) self.basisInput.value = hunTekst;
      localStorage.removeItem(self.sleutel);
      self.verwijderConflict();
      self.toon("Bewaard", "ok");
    }).className = "secundair";
    knop("Beide samenvoegen", function () {
      self.input.value = samengevoegd(self.input.value, hunTekst);
      self.basis = hunTekst;
      self.bewaarConcept();
      self.input.focus();
      self.bewaar();
    }).className = "secundair";
    doos.appendChild(uitleg);
    doos.appendChild(citaat);
    doos.appendChild(keuzes);
    this.el.appendChild(doos);
  };

  // Both texts in one, without what they share twice: the longer one when it holds the other,
  // else mine and then theirs from the first sentence (or line) that is not also in mine.
  function samengevoegd(mijn, hun) {
    if (hun.indexOf(mijn) !== -1) return hun;
    if (mijn.indexOf(hun) !== -1) return mijn;
    var n = 0;
    while (n < mijn.length && n < hun.length && mijn.charAt(n) === hun.charAt(n)) n++;
    while (n > 0 && !zinBegint(hun, n)) n--;
    return mijn.replace(/\s+$/, "") + "\n\n" + hun.slice(n).replace(/^\s+/, "");
  }

  function zinBegint(tekst, i) {
    var voor = tekst.charAt(i - 1);
    return voor === "\n" || (/\s/.test(voor) && /[.!?]/.test(tekst.charAt(i - 2)));
  }

  function nieuweSleutel() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (Math.random() * 16) >> (c / 4)).toString(16);
    });
  }

  // Forms that add an item carry a key made here, so a retried post adds it only once. A page
  // shown anew (also from the back button's cache) gets new keys: it is a new intention.
  function nieuweSleutels(root, ookGevuld) {
    var lijst = Array.prototype.slice.call(root.querySelectorAll("[data-sleutel]"));
    if (root.matches && root.matches("[data-sleutel]")) lijst.push(root);
    lijst.forEach(function (el) {
      if (ookGevuld || !el.value) el.value = nieuweSleutel();
    });
  }
  window.addEventListener("pageshow", function () { nieuweSleutels(document, true); });

  function veldVan(el) {
    if (!el._autosave) {
      el._autosave = new Veld(el);
      velden.push(el._autosave);
    }
    return el._autosave;
  }

  function start(root) {
    nieuweSleutels(root, false);
    root.querySelectorAll("[data-autosave]").forEach(veldVan);
    if (root.matches && root.matches("[data-autosave]")) veldVan(root);
    velden = velden.filter(function (v) { return document.body.contains(v.el); });
  }
  // live.js merges colleagues' changes into the page through these.
  window.CultuuroptilAutosave = {
    veldVan: veldVan,
    start: start,
    stand: function () { return bewaringen; },
    bezig: function () { return velden.some(function (v) { return v.bezig; }); }
  };
  // The pause ended: save what waited.
  document.addEventListener("cultuuroptil:hervat", function () {
    velden.forEach(function (v) {
      if (v.wachtOpHervat || v.heeftOnbewaard()) {
        v.wachtOpHervat = false;
        v.bewaar();
      }
    });
  });

  // Listening on the document, not per field: a field that htmx has just swapped in saves
  // from the first keystroke, before htmx has announced the new content.
  function veldBijEvent(e) {
    var invoer = e.target.closest && e.target.closest("[data-veld]");
    var blok = invoer && invoer.closest("[data-autosave]");
    return blok ? veldVan(blok) : null;
  }
  document.addEventListener("input", function (e) {
    var veld = veldBijEvent(e);
    if (veld) veld.gewijzigd();
  });
  document.addEventListener("change", function (e) {
    var veld = veldBijEvent(e);
    if (veld) veld.bewaar();
  });

  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    start(document);
    herstelNieuweItems(document);
  });
  // Rows added by htmx (a new sterkte, a new partner) get autosave too.
  document.addEventListener("htmx:load", function (e) { start(e.target); });
  // Text typed in a "new item" field is kept in the browser too, until the item exists.
  function conceptSleutelNieuw(form) {
    return PREFIX + "nieuw:" + form.getAttribute("action") + ":" + form.id;
  }
  function herstelNieuweItems(root) {
    root.querySelectorAll("form[data-nieuw-item]").forEach(function (form) {
      var veld = form.querySelector("input[type=text]");
      var concept = leesConcept(conceptSleutelNieuw(form));
      if (veld && !veld.value && concept && concept.waarde) veld.value = concept.waarde;
    });
  }
  document.addEventListener("input", function (e) {
    var form = e.target.closest && e.target.closest("form[data-nieuw-item]");
    if (!form) return;
    try {
      if (e.target.value) {
        localStorage.setItem(conceptSleutelNieuw(form), JSON.stringify({ waarde: e.target.value }));
      } else {
        localStorage.removeItem(conceptSleutelNieuw(form));
      }
    } catch (err) { /* storage full or blocked: nothing else to do */ }
  });
  // Adding an item: what someone types in the "new" field while the request is on its way
  // survives the swap, and the cursor goes back there for the next item.
  document.addEventListener("htmx:beforeRequest", function (e) {
    var form = e.detail.elt;
    if (form.hasAttribute && form.hasAttribute("data-nieuw-item")) {
      var veld = form.querySelector("input[type=text]");
      form._verzonden = veld ? veld.value : "";
    }
  });
  document.addEventListener("htmx:beforeSwap", function (e) {
    var form = e.detail.requestConfig && e.detail.requestConfig.elt;
    if (form && form.hasAttribute("data-nieuw-item")) {
      var veld = form.querySelector("input[type=text]");
      form._getypt = veld ? veld.value : "";
      // The form is about to leave the page, so its own events would no longer reach us.
      if (e.detail.xhr && e.detail.xhr.status === 200) {
        localStorage.removeItem(conceptSleutelNieuw(form));
      }
    }
  });
  // After a list changed, the keyboard focus goes where the participant expects it (the moved
  // item, the undo button), not back to the top of the page. This and the next handler run on
  // afterSwap, in the same task as the swap: nothing the participant types can fall between.
  document.addEventListener("htmx:afterSwap", function (e) {
    var cfg = e.detail.requestConfig;
    // A list's buttons share one form: the element nearest the clicked button that says
    // where the focus goes (the button, its item, or the form) decides.
    var knop = cfg && cfg.triggeringEvent && cfg.triggeringEvent.submitter;
    var bron = (knop && knop.closest("[data-focus-na], [data-focus-veld]")) || (cfg && cfg.elt);
    var doel = bron && bron.getAttribute && bron.getAttribute("data-focus-na");
    if (!doel && knop && bron.hasAttribute("data-focus-veld")) {
      // A list whose buttons lead back to their item's own field (one attribute on the list
      // instead of one per item: STAP 2 stays light).
      var item = knop.closest("li[id]");
      doel = item ? "#" + item.id + " [data-veld]" : null;
    }
    var el = doel ? document.querySelector(doel) : null;
    if (el) {
      el.focus();
    } else if (document.activeElement === document.body && e.detail.target) {
      // An outerHTML swap replaced the target: find its successor by id.
      var nieuw = e.detail.target.id ? document.getElementById(e.detail.target.id) : null;
      if (nieuw) {
        nieuw.setAttribute("tabindex", "-1");
        nieuw.focus();
      }
    }
  });

  document.addEventListener("htmx:afterSwap", function (e) {
    var form = e.detail.requestConfig && e.detail.requestConfig.elt;
    if (!form || !form.hasAttribute("data-nieuw-item") || !form.id) return;
    var veld = document.querySelector("#" + form.id + " input[type=text]");
    if (!veld) return;
    if (form._getypt && form._getypt !== form._verzonden) {
      veld.value = form._getypt;
      localStorage.setItem(conceptSleutelNieuw(form), JSON.stringify({ waarde: form._getypt }));
    }
    // Back to the "new" field only if the cursor was in the swapped part: someone who went
    // on to another field (the next column) while the item was on its way keeps typing there.
    var actief = document.activeElement;
    if (!actief || actief === document.body || veld.form.contains(actief)) veld.focus();
  });

  // A click or an addition that did not reach the server says so, instead of doing nothing.
  var foutmelding = null;
  function toonVerbindingsfout(tekst) {
    var el = document.getElementById("verbindingsfout");
    if (!el) return;
    el.textContent = tekst;
    el.hidden = false;
    clearTimeout(foutmelding);
    foutmelding = setTimeout(function () { el.hidden = true; }, 8000);
  }
  document.addEventListener("htmx:sendError", function () {
    toonVerbindingsfout("Geen verbinding met de server: dat is niet bewaard. Probeer het opnieuw zodra je weer verbinding hebt.");
  });
  document.addEventListener("htmx:responseError", function (e) {
    var status = e.detail.xhr ? e.detail.xhr.status : 0;
    if (status === 423) {
      toonVerbindingsfout(e.detail.xhr.responseText || "De begeleider vraagt even je aandacht: probeer het zo opnieuw.");
    } else if (status === 404) {
      toonVerbindingsfout("Dit onderdeel bestaat niet meer: misschien verwijderde een collega het. Herlaad de pagina.");
    } else if (status === 403) {
      toonVerbindingsfout("Dat mag niet (meer): misschien is de workshop gesloten of je pagina verlopen. Herlaad de pagina.");
    } else {
      toonVerbindingsfout("Er ging iets mis aan de kant van de server. Probeer het zo opnieuw.");
    }
  });
  window.addEventListener("online", function () {
    velden.forEach(function (v) { if (v.heeftOnbewaard()) v.bewaar(); });
  });
  window.addEventListener("beforeunload", function (e) {
    if (velden.some(function (v) { return v.bezig; })) {
      e.preventDefault();
      e.returnValue = "";
    }
  });

  // Small helpers used across pages.
  document.addEventListener("click", function (e) {
    var knop = e.target.closest("[data-kopieer]");
    if (!knop) return;
    var bron = document.querySelector(knop.getAttribute("data-kopieer"));
    if (!bron) return;
    bron.select();
    var klaar = function () { knop.textContent = "Gekopieerd"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(bron.value).then(klaar, function () {
        document.execCommand("copy");
        klaar();
      });
    } else {
      document.execCommand("copy");
      klaar();
    }
  });

  // Jeugd and Andere can be cultural or not: the participant chooses, "volgens de categorie"
  // is not possible there.
  function volgCategorie(radio) {
    var form = radio.form;
    if (!form) return;
    var open = radio.getAttribute("data-soort") === "beide" || radio.getAttribute("data-soort") === "open";
    var automatisch = form.querySelector("input[name=cultureel][value='']");
    var hint = form.querySelector("[data-cultureel-hint]");
    if (automatisch) {
      if (open && automatisch.checked) automatisch.checked = false;
      automatisch.disabled = open;
    }
    if (hint) hint.hidden = !open;
  }
  document.addEventListener("change", function (e) {
    if (e.target.name === "categorie" && e.target.hasAttribute("data-soort")) volgCategorie(e.target);
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[name=categorie][data-soort]:checked").forEach(volgCategorie);
  });

  // A message after an action (a redirect's "X is bewaard", a refused form's error) is on the
  // page from the start, where screen readers do not announce it. Take its content out of its
  // live region and put it back a moment later: the change is read out; the eye sees one copy.
  function kondigAan(regio) {
    if (!regio || regio.hasAttribute("data-aangekondigd")) return;
    var inhoud = Array.prototype.slice.call(regio.childNodes);
    if (!regio.textContent.trim()) return;
    inhoud.forEach(function (kind) { regio.removeChild(kind); });
    setTimeout(function () {
      inhoud.forEach(function (kind) { regio.appendChild(kind); });
      regio.setAttribute("data-aangekondigd", "");
    }, 100);
  }
  document.addEventListener("DOMContentLoaded", function () {
    var meldingen = document.querySelectorAll("[data-meldingen]");
    meldingen.forEach(kondigAan);
    // A refused form comes back with its errors: announce the first one.
    if (!meldingen.length) kondigAan(document.querySelector("main .fout[role=alert], main .conflict[role=alert]"));
  });

  // The join form shows the "new organisation" fields only when that choice is made.
  function toonNieuweWerking() {
    var gekozen = document.querySelector("input[name=werking]:checked");
    document.querySelectorAll("[data-toon-bij]").forEach(function (el) {
      el.hidden = !!gekozen && gekozen.value !== el.getAttribute("data-toon-bij");
    });
  }
  document.addEventListener("change", function (e) {
    if (e.target.name === "werking") toonNieuweWerking();
  });
  document.addEventListener("DOMContentLoaded", toonNieuweWerking);
})();
