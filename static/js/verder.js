// The personal link /verder/#token: the token sits in the fragment, which the browser never
// sends to a server (so no access log holds it). Post it at once and drop it from the address
// bar and the history. Without JavaScript the page asks to paste it.
(function () {
  "use strict";
  var form = document.querySelector("form[data-verder]");
  var veld = form && form.querySelector("[data-verder-token]");
  var token = window.location.hash.replace(/^#/, "");
  if (!form || !veld || !token) return;
  try {
    token = decodeURIComponent(token);
  } catch (e) { /* keep it as it is */ }
  veld.value = token;
  window.history.replaceState(null, "", window.location.pathname);
  form.submit();
})();
