// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Quick exit: pressing Shift three times within two seconds leaves the site (public pages only).
  // Only a Shift pressed and released on its own counts: typing "@", "_" or a capital letter also
  // presses Shift, and a child typing a username into the report form must not be thrown out of it.
  var exit = document.getElementById('quick-exit');
  if (exit) {
    var presses = [];
    var alone = false;
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Shift') {
        if (!event.repeat) { alone = true; }
        return;
      }
      alone = false;
      presses = [];
    });
    document.addEventListener('keyup', function (event) {
      if (event.key !== 'Shift') { return; }
      if (!alone) { presses = []; return; }
      alone = false;
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
