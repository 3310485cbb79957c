/* regionkarta – small progressive enhancements; every page works without this file.
   1. Printing unfolds every folded part of the organisation chart.
   2. The search box suggests matches while typing (ARIA 1.2 combobox with a listbox). */
(function () {
  'use strict';

  var folded = [];
  window.addEventListener('beforeprint', function () {
    folded = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    folded.forEach(function (d) { d.open = false; });
    folded = [];
  });

  var TEXT = {
    sv: { label: 'Förslag', count: function (n) { return n === 0 ? 'Inga förslag.' : n + ' förslag. Välj med pil upp och pil ned.'; } },
    en: { label: 'Suggestions', count: function (n) { return n === 0 ? 'No suggestions.' : n + ' suggestions. Choose with the up and down arrows.'; } }
  };

  function enhance(input) {
    var lang = input.getAttribute('data-lang') === 'en' ? 'en' : 'sv';
    var text = TEXT[lang];
    var list = document.createElement('ul');
    list.id = input.id + '-suggestions';
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', text.label);
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function select(i) {
      var options = list.children;
      for (var k = 0; k < options.length; k++) {
        options[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      }
      active = i;
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(hits) {
      items = hits;
      list.textContent = '';
      hits.forEach(function (hit, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.appendChild(document.createTextNode(hit.title));
        if (hit.subtitle) {
          var meta = document.createElement('span');
          meta.className = 'meta';
          meta.textContent = hit.subtitle;
          li.appendChild(meta);
        }
        li.addEventListener('mousedown', function (e) { e.preventDefault(); window.location.href = hit.href; });
        list.appendChild(li);
      });
      active = -1;
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', hits.length > 0 ? 'true' : 'false');
      status.textContent = text.count(hits.length);
    }

    function ask() {
      var q = input.value.trim();
      if (q.length < 2) { show([]); status.textContent = ''; return; }
      var ticket = ++asked;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q) + (lang === 'en' ? '&lang=en' : ''),
        { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (hits) { if (ticket === asked) { show(hits); } })
        .catch(function () { /* suggestions are optional; the form still works */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && items.length) {
        e.preventDefault();
        if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        select((active + 1) % items.length);
      } else if (e.key === 'ArrowUp' && items.length) {
        e.preventDefault();
        select(active <= 0 ? items.length - 1 : active - 1);
      } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
        e.preventDefault();
        window.location.href = items[active].href;
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; }
      } else if (e.key === 'Tab') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), enhance);
})();
