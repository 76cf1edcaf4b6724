// "Rapport wordt gemaakt…": a report download shows that it is coming. Links marked
// data-rapport-download are fetched here, so the button can say so until the file is in;
// without JavaScript (or when fetch fails) they are plain download links.
(function () {
  "use strict";

  function bestandsnaam(response, standaard) {
    var kop = response.headers.get("Content-Disposition") || "";
    var gevonden = /filename="([^"]+)"/.exec(kop);
    return gevonden ? gevonden[1] : standaard;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-rapport-download]");
    if (!link || link.getAttribute("aria-busy") === "true" || !window.fetch) return;
    event.preventDefault();
    var tekst = link.textContent;
    var status = document.querySelector("[data-rapport-status]");
    link.setAttribute("aria-busy", "true");
    link.textContent = link.dataset.bezig || "Rapport wordt gemaakt…";
    if (status) status.textContent = "Het rapport wordt gemaakt. Even geduld, de download start vanzelf.";
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var a = document.createElement("a");
          a.href = url;
          a.download = bestandsnaam(response, "rapport.pdf");
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
          if (status) status.textContent = "Het rapport is gedownload.";
        });
      })
      .catch(function () {
        // Let the browser try the plain link: it shows its own error if that fails too.
        if (status) status.textContent = "";
        window.location.href = link.href;
      })
      .finally(function () {
        link.textContent = tekst;
        link.removeAttribute("aria-busy");
      });
  });
})();
