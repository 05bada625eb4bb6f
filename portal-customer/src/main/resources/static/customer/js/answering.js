// Question descriptions as Bootstrap tooltips, also on questions an answer reveals later (htmx swaps them in).
htmx.onLoad(function (root) {
  root.querySelectorAll('[data-bs-toggle="tooltip"]').forEach(function (el) {
    bootstrap.Tooltip.getOrCreateInstance(el);
  });
});
