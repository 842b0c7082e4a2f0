// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Quick exit: pressing Shift three times within two seconds leaves the site (public pages only).
  var exit = document.getElementById('quick-exit');
  if (exit) {
    var presses = [];
    document.addEventListener('keyup', function (event) {
      if (event.key !== 'Shift') { return; }
      var now = Date.now();
      presses = presses.filter(function (t) { return now - t < 2000; });
      presses.push(now);
      if (presses.length >= 3) { window.location.replace(exit.href); }
    });
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      window.location.replace(exit.href);
    });
  }
})();
