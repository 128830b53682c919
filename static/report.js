// Printable report: reveal the "Print / Save as PDF" button (hidden without JS) and wire it up.
// Loaded as a file because the Content-Security-Policy forbids inline scripts.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-print-hint]").forEach(function (hint) { hint.hidden = true; });
});
