// claimdesk: progressive enhancement only. Every page works without this file.
// On the article page: keyboard shortcuts (j/k, v/d/p, n, e, /, ?); claim forms sent in place (the card is
// swapped for its fresh version, the result announced in the aria-live region); live updates and presence
// (SSE: someone else's change swaps that claim's card); filling the span form from a text selection.
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

  var current = null;
  var help = document.getElementById("keys-help");
  var helpButton = document.getElementById("keys-button");
  // The signed-in account's id: events carry the actor's id, since two accounts may share a display name.
  var meId = page.getAttribute("data-me-id");

  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll(".claim-card:not([hidden])"));
  }

  function numberOf(card) { return card.id.replace("claim-", ""); }

  function statusOf(card) {
    var m = /\bs-(pending|verified|disputed)\b/.exec(card.className);
    return m ? m[1] : "pending";
  }

  function focusCard(step) {
    var all = cards();
    if (!all.length) return;
    var at = current ? all.indexOf(current) : -1;
    var i = Math.max(0, Math.min(all.length - 1, at + step));
    all.forEach(function (c) { c.classList.remove("current"); });
    current = all[i];
    current.classList.remove("changed");
    current.classList.add("current");
    current.focus();
    current.scrollIntoView({ block: "nearest" });
  }

  function currentCard() {
    var active = document.activeElement && document.activeElement.closest && document.activeElement.closest(".claim-card");
    if (active) current = active;
    return current;
  }

  // The counts and the progress bar at the top follow the cards (same rounding as the server's).
  function recount() {
    var n = {};
    ["verified", "disputed", "pending"].forEach(function (s) {
      n[s] = document.querySelectorAll(".claim-card.s-" + s + ":not([hidden])").length;
      var count = document.querySelector(".summary .count.s-" + s);
      if (count) count.lastChild.textContent = " " + n[s] + " " + s;
    });
    var bar = document.querySelector(".summary .progress");
    var total = n.verified + n.disputed + n.pending;
    if (!bar || !total) return;
    var v = Math.floor(n.verified * 100 / total), d = Math.floor(n.disputed * 100 / total);
    [["verified", 0, v], ["disputed", v, d], ["pending", v + d, 100 - v - d]].forEach(function (r) {
      var rect = bar.querySelector(".fill-" + r[0]);
      if (rect) { rect.setAttribute("x", r[1]); rect.setAttribute("width", r[2]); }
    });
    bar.setAttribute("aria-label", n.verified + " verified, " + n.disputed + " disputed, " + n.pending + " pending");
  }

  // Puts the server's fresh card in place of `card`, keeping what the reviewer is typing, which sections
  // are open, and the focus. The <li> itself stays, so a focused card stays focused.
  function swapCard(card, html) {
    var box = document.createElement("template");
    box.innerHTML = html.trim();
    var fresh = box.content.querySelector(".claim-card");
    if (!fresh || Number(fresh.getAttribute("data-version")) < Number(card.getAttribute("data-version"))) return;
    var typed = {};
    card.querySelectorAll("textarea[id], input[id]:not([type=hidden]), select[id]").forEach(function (f) {
      if (f.value && f.tagName !== "SELECT") typed[f.id] = f.value;
    });
    var open = Array.prototype.map.call(card.querySelectorAll("details"), function (d) { return d.open; });
    var active = document.activeElement;
    var focusId = active && card.contains(active) && active !== card ? active.id : null;
    var hadFocus = active && card.contains(active);
    var isCurrent = card.classList.contains("current");
    card.innerHTML = fresh.innerHTML;
    Array.prototype.forEach.call(fresh.attributes, function (a) { card.setAttribute(a.name, a.value); });
    if (isCurrent) card.classList.add("current");
    Object.keys(typed).forEach(function (id) {
      var f = document.getElementById(id);
      if (f && card.contains(f)) f.value = typed[id];
    });
    card.querySelectorAll("details").forEach(function (d, i) { if (open[i]) d.open = true; });
    if (hadFocus) {
      var again = focusId && document.getElementById(focusId);
      (again && card.contains(again) ? again : card).focus();
    }
    var mark = document.getElementById("text-" + numberOf(card));
    if (mark) mark.className = "claim s-" + statusOf(card);
    recount();
  }

  // Fetches the claim's card and swaps it in; a removed claim's card is hidden. A change that arrives while
  // the card is on its way is coalesced: one more fetch follows, if the card is still older than `want`
  // (the change's version; none given means "whatever is newest").
  function refreshCard(card, then, want) {
    want = want === undefined ? Infinity : want;
    var q = card.refreshing;
    if (q) {
      q.want = Math.max(q.want, want);
      q.again = true;
      if (then) q.then.push(then);
      return;
    }
    q = card.refreshing = { want: want, again: false, then: then ? [then] : [] };
    var done = function () {
      card.refreshing = null;
      var all = function () { q.then.forEach(function (f) { f(); }); };
      if (q.again && !card.hidden && Number(card.getAttribute("data-version")) < q.want) refreshCard(card, all, q.want);
      else all();
    };
    fetch("/claims/" + card.getAttribute("data-claim") + "/card", { credentials: "same-origin" })
      .then(function (res) {
        if (res.status === 404) { card.hidden = true; recount(); return null; }
        return res.ok ? res.text() : null;
      })
      .then(function (html) {
        if (html) swapCard(card, html);
        done();
      })
      .catch(function () {
        card.refreshing = null;
        say("Claim " + numberOf(card) + " changed. Reload to see it.");
      });
  }

  function errorOf(html) {
    var box = document.createElement("template");
    box.innerHTML = html;
    var m = box.content.querySelector(".error-message");
    return m ? m.textContent : "the server refused the change";
  }

  function doneMessage(form, card, submitter) {
    var n = numberOf(card);
    var kind = form.getAttribute("action").split("/").pop();
    if (kind === "review") return "Claim " + n + " is now " + (submitter ? submitter.value : statusOf(card)) + ".";
    if (kind === "notes") return "Your note on claim " + n + " is saved.";
    if (kind === "evidence") return "Your evidence for claim " + n + " is saved.";
    if (kind === "source") return "The source of claim " + n + " is changed.";
    var who = card.querySelector(".assignee");
    return "Claim " + n + " is " + (who ? who.textContent : "not assigned") + ".";
  }

  // Claim forms that only change their own card are sent in place; the server's answer decides:
  // a redirect means saved, 409 shows the conflict page (sent again the ordinary way), else the reason.
  var inPlace = /\/(review|notes|evidence|assign|source)$/;
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    var card = form.closest && form.closest(".claim-card");
    if (!card || form.hasAttribute("data-native") || !inPlace.test(form.getAttribute("action")) || !window.fetch) return;
    ev.preventDefault();
    var submitter = ev.submitter;
    var data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    var native = function () {
      form.setAttribute("data-native", "");
      if (submitter && form.requestSubmit) form.requestSubmit(submitter); else form.submit();
    };
    fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin", redirect: "manual" })
      .then(function (res) {
        if (res.type === "opaqueredirect" || res.ok) {
          form.reset();
          refreshCard(card, function () { say(doneMessage(form, card, submitter)); });
        } else if (res.status === 409) {
          native();
        } else {
          return res.text().then(function (html) { say("Not saved: " + errorOf(html)); });
        }
      })
      .catch(native);
  });

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
      if (help && !help.hidden) { toggleHelp(false); if (helpButton) helpButton.focus(); return; }
      if (typing(document.activeElement)) { var card = currentCard(); if (card) card.focus(); else document.activeElement.blur(); }
      return;
    }
    if (typing(document.activeElement)) return;
    var card = currentCard();
    var press = function (key) {
      var el = card && card.querySelector('[data-key="' + key + '"]');
      if (!card) { say("Choose a claim first: press j."); return; }
      if (!el) { say("Your role may not do this on claim " + numberOf(card) + "."); return; }
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
      case "j": ev.preventDefault(); focusCard(1); break;
      case "k": ev.preventDefault(); focusCard(-1); break;
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
        say("The selection is in the span form of claim " + numberOf(card) + "; press Change the span to save it.");
      }
    });
  }

  // Live updates: someone else's change swaps that claim's card; presence lists who else is here.
  if (!window.EventSource) return;
  var source = new EventSource(page.getAttribute("data-live"));
  var presence = document.getElementById("presence");
  source.addEventListener("open", function () { page.setAttribute("data-connected", "true"); });
  source.addEventListener("error", function () { page.removeAttribute("data-connected"); });
  source.addEventListener("presence", function (ev) {
    var data = JSON.parse(ev.data);
    var others = (data.accounts || []).filter(function (a) { return a.id !== meId; }).map(function (a) { return a.name; });
    if (presence) presence.textContent = others.length ? "Also viewing: " + others.join(", ") : "";
  });
  // The article's assignee changed: the header, an editor's article list, and every card without its own
  // assignee (it follows the article) change with it, as the server renders them.
  function follow(card, name) {
    var top = card.querySelector(".claim-top");
    var line = top && top.querySelector(".assignee.follows");
    if (name && top && !line) {
      line = document.createElement("span");
      line.className = "assignee follows";
      top.appendChild(line);
    }
    if (line && name) line.textContent = "assigned to " + name + " with the article";
    else if (line) line.parentNode.removeChild(line);
    var label = (card.getAttribute("aria-label") || "").replace(/, assigned to .*$/, "");
    card.setAttribute("aria-label", label + (name ? ", assigned to " + name + " with the article" : ""));
  }
  source.addEventListener("assign", function (ev) {
    var data = JSON.parse(ev.data);
    var line = document.getElementById("article-assignee");
    var now = data.assignee ? "Article assigned to " + data.assignee : "Article not assigned";
    if (line) line.textContent = now;
    var list = document.getElementById("assign-article");
    if (list && list.querySelector('option[value="' + (data.assignee_id || "") + '"]')) list.value = data.assignee_id || "";
    var take = document.getElementById("article-take");
    if (take) {
      var minenow = data.assignee_id === meId;
      take.hidden = !!data.assignee_id && !minenow;
      take.querySelector('input[name="assignee"]').value = minenow ? "" : "me";
      take.querySelector("button").textContent = minenow ? "Unassign me from the article" : "Assign the article to me";
    }
    var following = Array.prototype.slice.call(document.querySelectorAll(".claim-card[data-follows-article]"));
    following.forEach(function (c) { follow(c, data.assignee); });
    var shown = following.filter(function (c) { return !c.hidden; }).length;
    if (data.by_id !== meId) {
      say(data.by + ": " + now + "." + (shown ? " " + (shown === 1 ? "1 claim" : shown + " claims") +
        " without an assignee of " + (shown === 1 ? "its" : "their") + " own " + (shown === 1 ? "follows" : "follow") + " it." : ""));
    }
  });
  var verbs = {
    note: "added a note to", evidence: "added evidence to", assignment: "changed the assignment of",
    source: "changed the source of", span: "changed the span of", split: "split"
  };
  source.addEventListener("change", function (ev) {
    var data = JSON.parse(ev.data);
    var mine = data.by_id === meId;
    if (data.renamed) {
      cards().forEach(function (c) {
        var name = c.querySelector(".attribution .source");
        if (name && name.textContent === data.renamed) refreshCard(c);
      });
      if (!mine) say(data.by + " renamed the source " + data.renamed + " to " + data.to + ".");
      return;
    }
    var card = document.querySelector('.claim-card[data-claim="' + data.claim + '"]');
    if (!card) {
      if (!mine) say(data.by + (data.what === "restore" ? " restored" : " added") + " claim " + data.number + ". Reload to see it.");
      return;
    }
    function announce() {
      if (mine) return;
      card.classList.add("changed");
      var verb = verbs[data.what];
      if (data.removed) say(data.by + " removed claim " + data.number + ".");
      else if (verb) say(data.by + " " + verb + " claim " + data.number + (data.what === "span" || data.what === "split" ? ". Reload to see it in the text." : "."));
      else say(data.by + " marked claim " + data.number + " " + data.status + ".");
    }
    // A refresh for an earlier change may already have fetched this one: announce it all the same.
    if (Number(card.getAttribute("data-version")) >= data.version) { announce(); return; }
    refreshCard(card, announce, data.version);
  });
})();
