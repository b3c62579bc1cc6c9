// The write-up form's helpers, a file of the site's own (the CSP allows no other script): drafts save
// themselves while they are typed, the page warns before it is left with unsaved changes, the text has
// line numbers (the checks name lines, and each error can take the cursor to its line), and a menu
// inserts the live placeholders listed on /editor/help. Without this script the form works as before,
// only without them.
(function () {
  'use strict';
  var form = document.querySelector('form.writeup-form');
  if (!form) {
    return;
  }
  var IDLE_MS = 2000;
  var key = sessionKey();
  var edits = 0;      // every change to the form counts one
  var savedAt = 0;    // the count the last save or autosave carried
  var timer = null;
  var sending = false;
  var status = document.getElementById('autosave-status');

  function sessionKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function unsaved() {
    return edits !== savedAt;
  }

  function field(name) {
    return form.querySelector('[name="' + name + '"]');
  }

  function autosaving() {
    return form.dataset.autosave === 'on' && field('status') && field('status').value === 'draft';
  }

  form.addEventListener('input', function () {
    edits += 1;
    window.clearTimeout(timer);
    if (autosaving()) {
      timer = window.setTimeout(autosave, IDLE_MS);
    } else if (form.dataset.autosave === 'on') {
      say('Only drafts save themselves: press Save to keep your changes.');
    }
  });
  form.addEventListener('submit', function () {
    savedAt = edits;
    window.clearTimeout(timer);
  });
  window.addEventListener('beforeunload', function (event) {
    if (unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  function autosave() {
    if (sending) {
      timer = window.setTimeout(autosave, IDLE_MS);
      return;
    }
    if (!field('title').value.trim()) {
      say('Give the draft a title and it saves itself as you type.');
      return;
    }
    var sent = edits;
    var data = new URLSearchParams(new FormData(form));
    data.set('autosave', key);
    sending = true;
    say('Saving the draft…');
    window.fetch(form.dataset.autosaveUrl, {
      method: 'POST', body: data, credentials: 'same-origin', headers: {'Accept': 'application/json'}
    }).then(function (response) {
      return response.json().catch(function () {
        return {saved: false, message: 'Not saved: your session may have ended. Press Save: the next page keeps your text and lets you sign in.'};
      });
    }).then(function (answer) {
      if (answer.saved) {
        field('version').value = answer.version;
        savedAt = sent;
        adopt(answer.id);
      }
      say(answer.message);
    }).catch(function () {
      say('Not saved: the site could not be reached. Your text is still here.');
    }).then(function () {
      sending = false;
    });
  }

  // ---- line numbers beside the text, and "go to line" on every finding that names one

  var body = field('body');
  var gutter = document.createElement('pre');
  gutter.className = 'line-numbers';
  gutter.setAttribute('aria-hidden', 'true');
  var frame = document.createElement('div');
  frame.className = 'numbered';
  body.parentNode.insertBefore(frame, body);
  frame.appendChild(gutter);
  frame.appendChild(body);
  body.setAttribute('wrap', 'off');

  function numberLines() {
    var count = body.value.split('\n').length;
    var shown = gutter.textContent.split('\n').length;
    if (count !== shown || !gutter.textContent) {
      var lines = [];
      for (var i = 1; i <= count; i += 1) {
        lines.push(String(i));
      }
      gutter.textContent = lines.join('\n');
    }
    gutter.scrollTop = body.scrollTop;
  }
  body.addEventListener('input', numberLines);
  body.addEventListener('scroll', function () { gutter.scrollTop = body.scrollTop; });
  numberLines();

  function goToLine(n) {
    var lines = body.value.split('\n');
    var start = 0;
    for (var i = 0; i < n - 1 && i < lines.length; i += 1) {
      start += lines[i].length + 1;
    }
    var end = start + (lines[n - 1] || '').length;
    body.focus();
    body.setSelectionRange(start, end);
    var lineHeight = parseFloat(window.getComputedStyle(body).lineHeight) || 20;
    body.scrollTop = Math.max(0, (n - 3) * lineHeight);
    numberLines();
  }

  Array.prototype.forEach.call(document.querySelectorAll('#figure-check li'), function (item) {
    var m = /^Line (\d+):/.exec(item.textContent.trim());
    if (!m) {
      return;
    }
    var go = document.createElement('button');
    go.type = 'button';
    go.className = 'go-to-line';
    go.textContent = 'Go to line ' + m[1];
    go.addEventListener('click', function () { goToLine(Number(m[1])); });
    item.appendChild(document.createTextNode(' '));
    item.appendChild(go);
  });

  // ---- the insert menu: the placeholders of /editor/help, read from that page so the list is one

  function addInsertMenu(examples) {
    if (!examples.length) {
      return;
    }
    var wrap = document.createElement('p');
    wrap.className = 'insert-menu';
    var label = document.createElement('label');
    label.htmlFor = 'insert-placeholder';
    label.textContent = 'Insert a live figure at the cursor';
    var menu = document.createElement('select');
    menu.id = 'insert-placeholder';
    var first = document.createElement('option');
    first.value = '';
    first.textContent = 'Choose a placeholder…';
    menu.appendChild(first);
    examples.forEach(function (e) {
      var option = document.createElement('option');
      option.value = e.typed;
      option.dataset.block = e.block ? 'yes' : 'no';
      option.textContent = e.typed + ' — ' + e.meaning;
      menu.appendChild(option);
    });
    menu.addEventListener('change', function () {
      var chosen = menu.options[menu.selectedIndex];
      if (chosen.value) {
        insert(chosen.value, chosen.dataset.block === 'yes');
      }
      menu.selectedIndex = 0;
    });
    wrap.appendChild(label);
    wrap.appendChild(menu);
    var bodyLabel = form.querySelector('label[for=body]');
    bodyLabel.parentNode.insertBefore(wrap, bodyLabel);
  }

  function insert(text, block) {
    var at = body.selectionStart;
    var before = body.value.slice(0, at);
    var after = body.value.slice(body.selectionEnd);
    if (block) {
      // a block stands on a line of its own, with a blank line before it
      var gap = !before || /\n\n$/.test(before) ? '' : /\n$/.test(before) ? '\n' : '\n\n';
      text = gap + text + (after && !/^\n/.test(after) ? '\n\n' : '');
    }
    body.value = before + text + after;
    body.focus();
    body.setSelectionRange(at + text.length, at + text.length);
    body.dispatchEvent(new Event('input', {bubbles: true}));
  }

  window.fetch('/editor/help', {credentials: 'same-origin'}).then(function (response) {
    return response.ok ? response.text() : '';
  }).then(function (html) {
    var help = new DOMParser().parseFromString(html, 'text/html');
    var examples = [];
    Array.prototype.forEach.call(help.querySelectorAll('table.data tbody tr'), function (row) {
      var code = row.querySelector('th code');
      var meaning = row.querySelector('td');
      if (code && meaning) {
        examples.push({typed: code.textContent, meaning: meaning.textContent.trim(), block: false});
      }
    });
    Array.prototype.forEach.call(help.querySelectorAll('.live-help-block'), function (section) {
      var code = section.querySelector('h3 code');
      var meaning = section.querySelector('p');
      if (code && meaning) {
        examples.push({typed: code.textContent, meaning: meaning.textContent.replace(/^Gives /, '').replace(/\.$/, ''), block: true});
      }
    });
    addInsertMenu(examples);
  }).catch(function () {
    // no menu: the help page's link beside the text still lists every placeholder
  });

  // the first autosave of a new write-up created it: the form now edits that one
  function adopt(id) {
    var path = '/editor/writeups/' + id;
    if (form.getAttribute('action') === path) {
      return;
    }
    form.setAttribute('action', path);
    form.dataset.autosaveUrl = path + '/autosave';
    var preview = form.querySelector('button[formaction]');
    if (preview) {
      preview.setAttribute('formaction', path + '/preview');
    }
    window.history.replaceState(null, '', path);
  }
}());
