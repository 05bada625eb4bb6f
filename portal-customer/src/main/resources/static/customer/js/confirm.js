// Destructive actions ask first: a form with data-confirm="question" submits only when the user answers OK.
document.addEventListener('submit', function (e) {
  var question = e.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    e.preventDefault();
  }
});
