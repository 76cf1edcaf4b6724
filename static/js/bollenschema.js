/* The bollenschema as the place to make combinations (templates/onderdelen/bollenschema.html).
 *
 * Without this script the picture is an image and the list forms do everything. With it:
 * actors become focusable toggle buttons (click, tap, Enter or Space selects), the form under the
 * picture posts the selection to the existing combinatie endpoint (its rules and its
 * once-only key stay on the server), and a combination's button or link highlights its
 * actors. Configured by data attributes only; no inline script, so a strict CSP allows it.
 */
(function () {
  "use strict";

  function naamVan(actor) {
    var titel = actor.querySelector("title");
    return titel ? titel.textContent.trim() : actor.getAttribute("data-actor");
  }

  function maakKiesbaar(figuur) {
    var svg = figuur.querySelector("svg");
    var form = figuur.querySelector("[data-schema-form]");
    if (!svg || !form) return;
    var actoren = Array.prototype.slice.call(svg.querySelectorAll(".actor"));
    var teller = form.querySelector("[data-schema-teller]");
    var uitleg = form.querySelector(".klein");
    // An image has no interactive parts; with selectable actors the picture is a group.
    svg.setAttribute("role", "group");
    actoren.forEach(function (actor) {
      actor.setAttribute("tabindex", "0");
      actor.setAttribute("role", "button");
      actor.setAttribute("aria-pressed", "false");
      actor.setAttribute("aria-label", naamVan(actor));
      if (uitleg && uitleg.id) actor.setAttribute("aria-describedby", uitleg.id);
    });

    function gekozen() {
      return actoren.filter(function (a) { return a.classList.contains("gekozen"); });
    }

    function toon(melding) {
      var keuze = gekozen();
      var bollen = {};
      keuze.forEach(function (a) { bollen[a.getAttribute("data-bol")] = true; });
      var aantalBollen = Object.keys(bollen).length;
      if (melding) {
        teller.textContent = melding;
        teller.classList.add("fout");
        return;
      }
      teller.classList.remove("fout");
      if (!keuze.length) {
        teller.textContent = "Nog geen actoren gekozen.";
      } else {
        teller.textContent = keuze.length + (keuze.length === 1 ? " actor" : " actoren") +
          " gekozen uit " + aantalBollen + (aantalBollen === 1 ? " bol" : " bollen") +
          (aantalBollen < 2 ? ". Kies ook een actor uit een andere bol." : ".");
      }
    }

    function wissel(actor) {
      var aan = !actor.classList.contains("gekozen");
      actor.classList.toggle("gekozen", aan);
      actor.setAttribute("aria-pressed", aan ? "true" : "false");
      toon();
    }

    svg.addEventListener("click", function (event) {
      var actor = event.target.closest(".actor");
      if (actor && svg.contains(actor)) wissel(actor);
    });
    svg.addEventListener("keydown", function (event) {
      var actor = event.target.closest(".actor");
      if (!actor || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      wissel(actor);
    });

    form.addEventListener("submit", function (event) {
      var keuze = gekozen();
      var bollen = {};
      keuze.forEach(function (a) { bollen[a.getAttribute("data-bol")] = true; });
      // The server checks the same rules; saying it here saves a round trip.
      if (keuze.length < 2 || Object.keys(bollen).length < 2) {
        event.preventDefault();
        toon("Kies actoren uit minstens twee verschillende bollen.");
        return;
      }
      form.querySelectorAll("input[name=partners]").forEach(function (el) { el.remove(); });
      keuze.forEach(function (actor) {
        var veld = document.createElement("input");
        veld.type = "hidden";
        veld.name = "partners";
        veld.value = actor.getAttribute("data-actor").replace(/^p/, "");
        form.appendChild(veld);
      });
    });

    var wis = form.querySelector("[data-schema-wis]");
    if (wis) {
      wis.addEventListener("click", function () {
        gekozen().forEach(function (a) {
          a.classList.remove("gekozen");
          a.setAttribute("aria-pressed", "false");
        });
        toon();
      });
    }
    toon();
  }

  function maakCombinatiesZichtbaar(figuur) {
    var svg = figuur.querySelector("svg");
    var knoppen = Array.prototype.slice.call(figuur.querySelectorAll("[data-toon-combinatie]"));
    if (!svg || !knoppen.length) return;

    function licht(sleutel) {
      var uit = !sleutel;
      svg.classList.toggle("heeft-uitlichting", !uit);
      svg.querySelectorAll(".uitgelicht").forEach(function (el) { el.classList.remove("uitgelicht"); });
      knoppen.forEach(function (knop) {
        knop.setAttribute("aria-pressed", knop.getAttribute("data-toon-combinatie") === sleutel ? "true" : "false");
      });
      if (uit) return;
      var lijn = svg.querySelector('.verbinding[data-combinatie="' + sleutel + '"]');
      if (!lijn) return;
      lijn.classList.add("uitgelicht");
      lijn.getAttribute("data-actoren").split(" ").forEach(function (s) {
        var actor = svg.querySelector('.actor[data-actor="' + s + '"]');
        if (actor) actor.classList.add("uitgelicht");
      });
    }

    function huidig() {
      var aan = knoppen.filter(function (k) { return k.getAttribute("aria-pressed") === "true"; })[0];
      return aan ? aan.getAttribute("data-toon-combinatie") : null;
    }

    knoppen.forEach(function (knop) {
      knop.addEventListener("click", function () {
        var sleutel = knop.getAttribute("data-toon-combinatie");
        licht(huidig() === sleutel ? null : sleutel);
      });
    });
    svg.addEventListener("click", function (event) {
      var lijn = event.target.closest(".verbinding");
      if (!lijn) return;
      var sleutel = lijn.getAttribute("data-combinatie");
      licht(huidig() === sleutel ? null : sleutel);
    });
  }

  // A picture bigger than its frame (a phone): open it at the own gemeente, not at its
  // empty top left corner, and say that it scrolls. Where the participant scrolled it to is
  // kept when a live poll brings the picture anew.
  var gescrold = {};

  function toonEigen(figuur) {
    var doek = figuur.querySelector(".bollenschema-doek");
    if (!doek) return;
    var schuift = doek.scrollWidth > doek.clientWidth + 1 || doek.scrollHeight > doek.clientHeight + 1;
    figuur.classList.toggle("schuift", schuift);
    var hint = figuur.querySelector("[data-schuif-hint]");
    if (hint) hint.hidden = !schuift;
    var eigen = doek.querySelector("[data-eigen] circle");
    if (schuift && gescrold[figuur.id]) {
      doek.scrollLeft = gescrold[figuur.id][0];
      doek.scrollTop = gescrold[figuur.id][1];
    } else if (schuift && eigen) {
      var kader = doek.getBoundingClientRect();
      var bol = eigen.getBoundingClientRect();
      doek.scrollLeft += bol.left + bol.width / 2 - (kader.left + doek.clientLeft + doek.clientWidth / 2);
      doek.scrollTop += bol.top + bol.height / 2 - (kader.top + doek.clientTop + doek.clientHeight / 2);
    }
    doek.addEventListener("scroll", function () {
      gescrold[figuur.id] = [doek.scrollLeft, doek.scrollTop];
    }, { passive: true });
  }

  function maakKlaar(figuur) {
    toonEigen(figuur);
    if (figuur.hasAttribute("data-bollenschema")) maakKiesbaar(figuur);
    maakCombinatiesZichtbaar(figuur);
  }

  function start() {
    document.querySelectorAll(".bollenschema").forEach(maakKlaar);
  }

  // A live poll (live.js) replaced a part of the page: enhance the pictures it brought.
  document.addEventListener("cultuuroptil:nieuw", function (event) {
    var el = event.detail;
    if (!el || !el.querySelectorAll) return;
    if (el.matches(".bollenschema")) maakKlaar(el);
    el.querySelectorAll(".bollenschema").forEach(maakKlaar);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
