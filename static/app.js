// claimdesk: progressive enhancement only. Every page works without this file.
// On the article page: keyboard shortcuts (j/k, v/d/p, n, e, /, ?), live updates and presence (SSE),
// and filling the span form from a text selection.
(function () {
  "use strict";
  var page = document.getElementById("article-page");
  var live = document.getElementById("live-updates");

  function say(message) {
    if (!live) return;
    var p = document.createElement("p");
    p.textContent = message;
    live.appendChild(p);
    while (live.childNodes.length > 3) live.removeChild(live.firstChild);
  }

  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }

  // "/" focuses the search field on every page.
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && !typing(document.activeElement) && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      var q = document.getElementById("search-q") || document.getElementById("top-q");
      if (q) { ev.preventDefault(); q.focus(); }
    }
  });

  if (!page) return;

  var cards = Array.prototype.slice.call(document.querySelectorAll(".claim-card"));
  var current = -1;
  var help = document.getElementById("keys-help");
  var helpButton = document.getElementById("keys-button");

  function focusCard(i) {
    if (!cards.length) return;
    current = Math.max(0, Math.min(cards.length - 1, i));
    var card = cards[current];
    cards.forEach(function (c) { c.classList.remove("current"); });
    card.classList.add("current");
    card.focus();
    card.scrollIntoView({ block: "nearest" });
  }

  function currentCard() {
    var active = document.activeElement && document.activeElement.closest && document.activeElement.closest(".claim-card");
    if (active) { current = cards.indexOf(active); return active; }
    return current >= 0 ? cards[current] : null;
  }

  function toggleHelp(show) {
    if (!help) return;
    var open = show === undefined ? help.hidden : show;
    help.hidden = !open;
    if (helpButton) helpButton.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) help.querySelector("button").focus();
  }

  if (helpButton) {
    helpButton.hidden = false;
    helpButton.addEventListener("click", function () { toggleHelp(); });
  }
  var close = document.getElementById("keys-close");
  if (close) close.addEventListener("click", function () { toggleHelp(false); if (helpButton) helpButton.focus(); });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape") {
      if (help && !help.hidden) { toggleHelp(false); return; }
      if (typing(document.activeElement)) { var card = currentCard(); if (card) card.focus(); else document.activeElement.blur(); }
      return;
    }
    if (typing(document.activeElement)) return;
    var card = currentCard();
    var press = function (key) {
      var el = card && card.querySelector('[data-key="' + key + '"]');
      if (!el) { say("Choose a claim first: press j."); return; }
      if (el.tagName === "BUTTON") {
        var note = card.querySelector('[data-key="n"]');
        if (key === "d" && note && !note.value.trim()) {
          say("Disputed needs a note: write why, then press the Disputed button.");
          note.focus();
          return;
        }
        el.click();
      } else {
        var details = el.closest("details");
        if (details) details.open = true;
        el.focus();
      }
    };
    switch (ev.key) {
      case "j": ev.preventDefault(); focusCard(current + 1); break;
      case "k": ev.preventDefault(); focusCard(current - 1); break;
      case "v": case "d": case "p": case "n": case "e": ev.preventDefault(); press(ev.key); break;
      case "?": ev.preventDefault(); toggleHelp(); break;
    }
  });

  // Selecting text in the article fills the span form of the current claim (editors).
  var text = document.getElementById("article-text");
  if (text) {
    text.addEventListener("mouseup", function () {
      var sel = window.getSelection && String(window.getSelection()).trim();
      var card = currentCard();
      var field = card && card.querySelector(".span-form textarea");
      if (sel && field) {
        field.value = sel;
        say("The selection is in the span form of claim " + (current + 1) + "; press Change the span to save it.");
      }
    });
  }

  // Live updates: someone else's change is shown in place; presence lists who else is here.
  if (!window.EventSource) return;
  var me = page.getAttribute("data-me");
  var source = new EventSource(page.getAttribute("data-live"));
  var presence = document.getElementById("presence");
  source.addEventListener("presence", function (ev) {
    var data = JSON.parse(ev.data);
    var others = data.viewers.filter(function (n) { return n !== me; });
    if (presence) presence.textContent = others.length ? "Also viewing: " + others.join(", ") : "";
  });
  source.addEventListener("change", function (ev) {
    var data = JSON.parse(ev.data);
    if (data.renamed) { say(data.by + " renamed the source " + data.renamed + " to " + data.to + ". Reload to see it."); return; }
    var card = document.querySelector('.claim-card[data-claim="' + data.claim + '"]');
    if (!card) { say(data.by + " added claim " + data.number + ". Reload to see it."); return; }
    if (Number(card.getAttribute("data-version")) >= data.version) return;
    card.setAttribute("data-version", data.version);
    card.className = card.className.replace(/\bs-(pending|verified|disputed)\b/, "s-" + data.status);
    var badge = card.querySelector(".status-holder .status");
    if (badge) {
      badge.className = "status s-" + data.status;
      badge.lastChild.textContent = " " + data.status.charAt(0).toUpperCase() + data.status.slice(1);
    }
    var mark = document.getElementById("text-" + data.number);
    if (mark) mark.className = "claim s-" + data.status;
    card.querySelectorAll('input[name="version"]').forEach(function (input) { input.value = data.version; });
    if (data.by !== me) {
      card.classList.add("changed");
      say(data.by + " changed claim " + data.number + ": now " + data.status + (data.removed ? " (removed)" : "") + ".");
    }
  });
})();
