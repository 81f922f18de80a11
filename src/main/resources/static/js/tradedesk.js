// Every script of the pages lives in files like this one: the Content-Security-Policy runs no inline script.

// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});

(function () {
  'use strict';

  // Remembers which line's Remove button was pressed, so focus can go to a line still there.
  var removedLine = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.remove-line');
    removedLine = button ? Number(button.value) : null;
  }, true);

  function firstField(container) {
    return container && container.querySelector('input:not([type=hidden]):not([disabled]), select, textarea');
  }

  function firstInvalid(container) {
    return container && container.querySelector('.is-invalid, [aria-invalid="true"]');
  }

  // After a line is removed the button that had focus is gone: focus the first field of the line that
  // took its place (or the line before it), not <body>. After a line is added, its first field.
  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (!target || target.id !== 'lines') { return; }
    var lines = document.querySelectorAll('#lines .line');
    if (!lines.length) { return; }
    var index = removedLine === null ? lines.length - 1 : Math.min(removedLine, lines.length - 1);
    removedLine = null;
    var field = firstField(lines[index]);
    if (field) { field.focus(); }
  });

  // A control for pages without scripts (the new-file form's "Show the fields of the customs chosen": t4fixAC 3) is not
  // needed once htmx runs, which fetches those fields as the choice changes.
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.htmx) { return; }
    document.querySelectorAll('[data-without-script]').forEach(function (element) { element.hidden = true; });
  });

  // A page re-rendered with errors (422): focus the first field in error, so the user starts there.
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = firstInvalid(document.querySelector('main'));
    if (invalid && typeof invalid.focus === 'function') { invalid.focus(); }
    updateResultPeek();
  });

  // On a narrow screen the live result is far below the form: a bar at the bottom shows its heading and
  // total (texts taken from the result panel itself, so in the page's language) and jumps to it.
  function updateResultPeek() {
    var result = document.getElementById('result');
    if (!result || !document.getElementById('quotation-form')) { return; }
    var peek = document.getElementById('result-peek');
    if (!peek) {
      peek = document.createElement('a');
      peek.id = 'result-peek';
      peek.className = 'result-peek';
      peek.href = '#result';
      document.body.appendChild(peek);
      document.body.classList.add('has-result-peek');
    }
    var heading = result.querySelector('h2');
    var total = result.querySelector('#result-total');
    var errors = result.querySelector('#result-errors');
    var text = heading ? heading.textContent.trim() : '';
    if (total) { text += ': ' + total.textContent.trim(); }
    if (errors) { text += ' ⚠'; }
    peek.textContent = text;
    peek.classList.toggle('is-shown', Boolean(total || errors));
  }

  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'result') { updateResultPeek(); }
  });

  // The bar hides while the result itself is on screen.
  if ('IntersectionObserver' in window) {
    document.addEventListener('DOMContentLoaded', function () {
      var observer = new IntersectionObserver(function (entries) {
        var peek = document.getElementById('result-peek');
        if (peek) { peek.hidden = entries.some(function (e) { return e.isIntersecting; }); }
      });
      var watch = function () {
        var result = document.getElementById('result');
        if (result) { observer.disconnect(); observer.observe(result); }
      };
      watch();
      document.addEventListener('htmx:afterSwap', watch);
    });
  }
}());
