// Progressive enhancement of the server-drawn province map (reference/map.html): where Leaflet has loaded and
// the container asks for it (data-leaflet), the same shading is redrawn as a zoomable Leaflet map of the
// province outlines — no tile server, nothing fetched from elsewhere. The SVG stays when anything fails.
(function () {
  'use strict';
  if (typeof window.L === 'undefined' || !window.fetch) { return; }
  var containers = document.querySelectorAll('[data-leaflet] figure.province-map');
  Array.prototype.forEach.call(containers, function (figure) {
    var svg = figure.querySelector('svg');
    var regions = {};
    Array.prototype.forEach.call(figure.querySelectorAll('path[data-code]'), function (path) {
      var link = path.closest('a');
      regions[path.getAttribute('data-code')] = {
        shade: path.getAttribute('class'),
        title: (path.querySelector('title') || {}).textContent || '',
        href: link ? link.getAttribute('href') : null
      };
    });
    var colours = {
      'map-shade-0': '#e9eef2', 'map-shade-1': '#c6dbef', 'map-shade-2': '#9ecae1', 'map-shade-3': '#6baed6',
      'map-shade-4': '#3182bd', 'map-shade-5': '#08519c', 'map-shade-withheld': '#bdbdbd'
    };
    fetch(figure.getAttribute('data-geojson'), { credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (geojson) {
        var holder = document.createElement('div');
        holder.className = 'stat-leaflet';
        holder.setAttribute('role', 'presentation');
        svg.parentNode.insertBefore(holder, svg);
        var map = window.L.map(holder, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
        var layer = window.L.geoJSON(geojson, {
          style: function (feature) {
            var region = regions[feature.properties.iso_code] || {};
            return { color: '#ffffff', weight: 0.8, fillOpacity: 1, fillColor: colours[region.shade] || '#e9eef2' };
          },
          onEachFeature: function (feature, shape) {
            var region = regions[feature.properties.iso_code] || {};
            shape.bindTooltip(region.title || feature.properties.name_en);
            if (region.href) {
              shape.on('click', function () { window.location.href = region.href; });
            }
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds());
        // The SVG (with its links, reachable by keyboard) stays for screen readers; only its picture is hidden.
        svg.classList.add('visually-hidden');
      })
      .catch(function () { /* keep the SVG */ });
  });
})();
