// The room's countdown on every screen (participants, dashboard, projector): counted from the
// server's end time with the server's clock, so every screen shows the same second whatever
// the device's own clock says. Markup: templates/onderdelen/timer.html ([data-timer] with
// data-einde = end in ms since epoch, or data-rest = seconds left while paused, and
// data-servertijd = the server's time when the page was made).
// Live pages improve the clock offset from each poll's X-Servertijd header through
// CultuuroptilKlok.meet(serverMs, voorMs, naMs).
(function () {
  "use strict";

  var klok = window.CultuuroptilKlok = window.CultuuroptilKlok || {
    afwijking: null, // server time minus this device's time, in ms
    meet: function (serverMs, voorMs, naMs) {
      if (!serverMs) return;
      // The answer was made somewhere between sending and receiving: assume the middle.
      klok.afwijking = serverMs - (voorMs + naMs) / 2;
    },
    nu: function () {
      return Date.now() + (klok.afwijking || 0);
    }
  };

  function leesAfwijking() {
    if (klok.afwijking !== null) return;
    var el = document.querySelector("[data-servertijd]");
    var server = el ? parseInt(el.getAttribute("data-servertijd"), 10) : NaN;
    if (!isNaN(server)) klok.afwijking = server - Date.now();
  }

  function formaat(seconden) {
    var m = Math.floor(seconden / 60);
    var s = seconden % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function teken() {
    leesAfwijking();
    document.querySelectorAll("[data-timer]").forEach(function (el) {
      var einde = parseInt(el.getAttribute("data-einde"), 10);
      var rest = parseInt(el.getAttribute("data-rest"), 10);
      var tekst;
      if (!isNaN(einde)) {
        var over = Math.max(0, Math.ceil((einde - klok.nu()) / 1000));
        tekst = formaat(over);
        el.classList.toggle("om", over === 0);
        // The cue beside the clock: "De tijd is om" at 0:00, for the room and the back row.
        var cue = el.parentNode ? el.parentNode.querySelector("[data-timer-om]") : null;
        var boodschap = over === 0 ? "De tijd is om" : "";
        if (cue && cue.textContent !== boodschap) cue.textContent = boodschap;
      } else if (!isNaN(rest)) {
        tekst = formaat(rest);
      } else {
        return;
      }
      if (el.textContent !== tekst) el.textContent = tekst;
    });
  }

  klok.teken = teken;
  document.addEventListener("DOMContentLoaded", teken);
  setInterval(teken, 250);
})();
