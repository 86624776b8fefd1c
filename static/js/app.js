// GOV.UK Frontend components (error summary focus, radios, service navigation toggle, …).
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

initAll();

// A selector that finds the same control again in swapped-in content, or null.
function selectorFor(element) {
  if (!element || element === document.body) {
    return null;
  }
  if (element.id) {
    return `#${CSS.escape(element.id)}`;
  }
  if (element.name) {
    const { name, value } = element;
    return `${element.localName}[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`;
  }
  const href = element.getAttribute("href");
  return href ? `a[href="${CSS.escape(href)}"]` : null;
}

let focusedBeforeSwap = null;
document.body.addEventListener("htmx:beforeSwap", () => {
  focusedBeforeSwap = selectorFor(document.activeElement);
});

// After htmx swaps in new content, wire up the components inside it and move focus sensibly.
document.body.addEventListener("htmx:afterSettle", (event) => {
  initAll({ scope: event.detail.elt });
  // A step swapped back with errors: the error summary has the focus (GOV.UK Frontend gives it
  // on initialisation), as after a full page; the heading must not take it away.
  const errors = event.detail.elt.querySelector(".govuk-error-summary");
  if (errors) {
    errors.focus();
    return;
  }
  // A swapped-in step (the next question) takes focus as a new page would: at a notice it opens
  // with (such as answers removed by the change just made), otherwise at its heading.
  const notice = event.detail.elt.querySelector(".govuk-notification-banner");
  const heading = event.detail.elt.querySelector("[data-autofocus]");
  if (notice && heading) {
    notice.setAttribute("tabindex", "-1");
    notice.focus();
    return;
  }
  if (heading) {
    heading.focus();
    return;
  }
  // The control that was used was replaced: focus its new copy, so that keyboard users carry
  // on from where they were instead of from the top of the page.
  const lost = !document.activeElement || document.activeElement === document.body;
  const again = lost && focusedBeforeSwap && document.querySelector(focusedBeforeSwap);
  if (again) {
    again.focus();
  }
});

// htmx shows nothing when a request fails: say so, at the top of the page, and move the focus
// there (as an error summary does). What was typed or chosen stays as it was.
const updateFailed = document.getElementById("update-failed");
const FAILURES = {
  403: "You may have been signed out in another window, or this is not open to you. Reload the page to carry on.",
  404: "What this asked for is no longer there. Reload the page to see how things stand now.",
};
const UNAVAILABLE = "The service could not answer just now. Wait a moment and try again: nothing on this page has been lost.";
const UNREACHABLE = "The service could not be reached. Check the connection and try again: nothing on this page has been lost.";

function reportFailure(reason) {
  document.getElementById("update-failed-reason").textContent = reason;
  updateFailed.hidden = false;
  updateFailed.focus();
}

document.body.addEventListener("htmx:responseError", (event) => {
  const status = event.detail.xhr.status;
  reportFailure(
    FAILURES[status] ??
      (status >= 500 ? UNAVAILABLE : `The service refused this (error ${status}). Reload the page to try again.`),
  );
});
document.body.addEventListener("htmx:sendError", () => reportFailure(UNREACHABLE));
// A form marked data-swap-conflict gets back, with a 409, a panel that explains the conflict
// (answers changed in another window) and shows what was typed: swap it in like any response.
document.body.addEventListener("htmx:beforeSwap", (event) => {
  const { xhr, requestConfig } = event.detail;
  if (xhr.status === 409 && requestConfig?.elt?.closest("[data-swap-conflict]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
document.body.addEventListener("htmx:beforeRequest", () => {
  updateFailed.hidden = true;
});

// Buttons that print the page (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});

// Typing is using the service. Someone writing a long account sends nothing for a while; every
// few minutes of typing, tell the server (data-keep-alive), so that the sign-out after 30 idle
// minutes does not take what they are writing. Not typing, they are still signed out as usual.
let keptAlive = Date.now();
document.addEventListener("input", () => {
  const { keepAlive, keepAliveEvery } = document.body.dataset;
  if (!keepAlive || Date.now() - keptAlive < Number(keepAliveEvery) * 1000) {
    return;
  }
  keptAlive = Date.now();
  const { "X-CSRFToken": token } = JSON.parse(document.body.getAttribute("hx-headers"));
  fetch(keepAlive, { method: "POST", headers: { "X-CSRFToken": token }, credentials: "same-origin" });
});
