// Proof of work for the public forms (SECURITY.md row 14). Progressive enhancement only: without
// JavaScript, or without WebCrypto (it exists only on HTTPS and localhost), the form is sent without a
// nonce and the server still accepts it, on a stricter shared budget.
//
// A form with data-pow-challenge gets a decimal nonce n for which SHA-256(challenge + ":" + n) starts
// with `difficulty` zero bits (the challenge's 25th byte). Each WebCrypto digest costs a fixed overhead
// per call, so the search is split over up to four Web Workers (this same file, see the end): on a phone
// with several slow cores that divides the wait. Solving starts as soon as the page has loaded, so a child
// who takes a minute to write usually never waits; a submit before it is done waits for it (the page says
// so), and after GIVE_UP_MS the form is sent anyway.
(function (global) {
  'use strict';

  var subtle = global.crypto && global.crypto.subtle;
  // Digests are requested in batches; the event loop gets a turn at least every SLICE_MS.
  var BATCH = 512;
  var SLICE_MS = 50;
  // A very slow phone should not keep a child waiting: the server accepts the form without a nonce.
  var GIVE_UP_MS = 30000;
  var MAX_WORKERS = 4;

  function zeroBits(buffer) {
    var bytes = new Uint8Array(buffer);
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0) { return bits + Math.clz32(bytes[i]) - 24; }
      bits += 8;
    }
    return bits;
  }

  function pause(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  // Tries nonces first, first + step, first + 2 step, ... until one has enough zero bits.
  async function search(challenge, difficulty, first, step) {
    var encoder = new TextEncoder();
    var prefix = challenge + ':';
    var sliceStart = Date.now();
    for (var round = 0; first + round * step < 0x7fffffff; round += BATCH) {
      var nonces = [];
      var digests = [];
      for (var k = round; k < round + BATCH; k++) {
        var nonce = String(first + k * step);
        nonces.push(nonce);
        digests.push(subtle.digest('SHA-256', encoder.encode(prefix + nonce)));
      }
      var results = await Promise.all(digests);
      for (var i = 0; i < results.length; i++) {
        if (zeroBits(results[i]) >= difficulty) { return nonces[i]; }
      }
      if (Date.now() - sliceStart > SLICE_MS) {
        await pause(0);
        sliceStart = Date.now();
      }
    }
    return '';
  }

  if (typeof document === 'undefined') {
    // Running as a Web Worker started by the page part below.
    global.onmessage = function (event) {
      var task = event.data;
      search(task.challenge, task.difficulty, task.first, task.step).then(function (nonce) {
        global.postMessage(nonce);
      }, function () {
        // No WebCrypto here after all: null asks the page to search on its own thread.
        global.postMessage(null);
      });
    };
    return;
  }

  // The fragment may be included by more than one form on a page; one script run arms them all.
  if (global.kumkrongPow || !subtle || typeof TextEncoder === 'undefined' || typeof Promise === 'undefined') {
    return;
  }
  global.kumkrongPow = true;
  var scriptUrl = document.currentScript && document.currentScript.src;

  function difficultyOf(challenge) {
    try {
      var bytes = atob(challenge.split('.')[0].replace(/-/g, '+').replace(/_/g, '/'));
      return bytes.length === 25 ? bytes.charCodeAt(24) : 0;
    } catch (e) {
      return 0;
    }
  }

  // Workers when the browser allows them, else the page's own thread (still asynchronous).
  function solve(challenge, difficulty) {
    var count = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MAX_WORKERS));
    if (typeof Worker === 'undefined' || !scriptUrl) { return search(challenge, difficulty, 0, 1); }
    return new Promise(function (resolve) {
      var workers = [];
      var settled = false;
      function finish(nonce) {
        if (settled) { return; }
        settled = true;
        workers.forEach(function (worker) { worker.terminate(); });
        resolve(nonce);
      }
      function fallBack() {
        if (settled) { return; }
        settled = true;
        workers.forEach(function (worker) { worker.terminate(); });
        resolve(search(challenge, difficulty, 0, 1));
      }
      try {
        for (var w = 0; w < count; w++) {
          var worker = new Worker(scriptUrl);
          worker.onmessage = function (event) {
            if (event.data === null) { fallBack(); } else { finish(event.data); }
          };
          worker.onerror = fallBack;
          worker.postMessage({ challenge: challenge, difficulty: difficulty, first: w, step: count });
          workers.push(worker);
        }
      } catch (e) {
        fallBack();
      }
    });
  }

  function send(form, submitter) {
    // requestSubmit keeps the pressed button's name and value (form.submit() would drop them) and fires
    // the submit event again, which the handler now lets through.
    if (typeof form.requestSubmit === 'function') {
      if (submitter && submitter.form === form) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
      return;
    }
    if (submitter && submitter.name) {
      var pressed = document.createElement('input');
      pressed.type = 'hidden';
      pressed.name = submitter.name;
      pressed.value = submitter.value;
      form.appendChild(pressed);
    }
    form.submit();
  }

  function arm(form) {
    var challenge = form.getAttribute('data-pow-challenge');
    var nonceField = form.querySelector('input[name="powNonce"]');
    var status = form.querySelector('.pow-status');
    var difficulty = challenge ? difficultyOf(challenge) : 0;
    if (!nonceField || difficulty < 1) { return; }
    var solved = solve(challenge, difficulty).then(function (nonce) {
      nonceField.value = nonce;
    }, function () {
      // No nonce: the server decides on the stricter budget, as without JavaScript.
    });
    var releasing = false;
    var waiting = false;
    form.addEventListener('submit', function (event) {
      if (releasing || nonceField.value) { return; }
      event.preventDefault();
      if (waiting) { return; }
      waiting = true;
      if (status) { status.textContent = status.getAttribute('data-pow-working'); }
      var submitter = event.submitter;
      Promise.race([solved, pause(GIVE_UP_MS)]).then(function () {
        releasing = true;
        send(form, submitter);
      });
    });
  }

  var forms = document.querySelectorAll('form[data-pow-challenge]');
  for (var i = 0; i < forms.length; i++) { arm(forms[i]); }
})(self);
