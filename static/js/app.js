// GOV.UK Frontend components (error summary focus, radios, service navigation toggle, …).
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

initAll();

// After htmx swaps in new content, wire up the components inside it and move focus sensibly.
document.body.addEventListener("htmx:afterSettle", (event) => {
  initAll({ scope: event.detail.elt });
});

// Buttons that print the page (no inline handlers: the Content-Security-Policy forbids them).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});
