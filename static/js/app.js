// GOV.UK Frontend components (error summary focus, radios, service navigation toggle, …).
import { initAll } from "../vendor/govuk-frontend/govuk-frontend.min.js";

initAll();

// After htmx swaps in new content, wire up the components inside it and move focus sensibly.
document.body.addEventListener("htmx:afterSettle", (event) => {
  initAll({ scope: event.detail.elt });
  // A swapped-in step (the next question) takes focus at its heading, as a new page would.
  const heading = event.detail.elt.querySelector("[data-autofocus]");
  if (heading) {
    heading.focus();
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
