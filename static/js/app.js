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
  // A swapped-in step (the next question) takes focus at its heading, as a new page would.
  const heading = event.detail.elt.querySelector("[data-autofocus]");
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

// Buttons that print the page (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});
