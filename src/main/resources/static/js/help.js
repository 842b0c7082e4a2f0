// The help page, with JavaScript: sort the listed services by distance from where the visitor is.
// The position is asked of the browser (with the visitor's permission) and used here only: it is never
// sent to the server, stored or put into an address.
(function () {
  'use strict';
  var box = document.querySelector('.geo-sort');
  if (!box || !('geolocation' in navigator)) {
    return;
  }
  box.hidden = false;
  var status = document.getElementById('geo-status');
  function km(lat1, lon1, lat2, lon2) {
    var r = Math.PI / 180;
    var a = Math.sin((lat2 - lat1) * r / 2) * Math.sin((lat2 - lat1) * r / 2) +
      Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) * Math.sin((lon2 - lon1) * r / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
  document.getElementById('sort-by-distance').addEventListener('click', function () {
    navigator.geolocation.getCurrentPosition(function (position) {
      var lat = position.coords.latitude;
      var lon = position.coords.longitude;
      document.querySelectorAll('ul.services').forEach(function (list) {
        var items = Array.prototype.slice.call(list.querySelectorAll('li.service'));
        items.forEach(function (item) {
          var d = item.dataset.lat ? km(lat, lon, parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)) : Infinity;
          item.dataset.distance = d;
          var label = item.querySelector('.distance');
          if (label && isFinite(d)) {
            label.textContent = Math.round(d) + ' km';
          }
        });
        items.sort(function (a, b) { return parseFloat(a.dataset.distance) - parseFloat(b.dataset.distance); });
        items.forEach(function (item) { list.appendChild(item); });
      });
      if (status) { status.textContent = '\u2713'; }
    }, function () {
      if (status) { status.textContent = '\u2715'; }
    }, { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 });
  });
}());
