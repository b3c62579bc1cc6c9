// The write-up form's helpers, a file of the site's own (the CSP allows no other script): drafts save
// themselves while they are typed, and the page warns before it is left with unsaved changes.
// Without this script the form works as before, only without them.
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
