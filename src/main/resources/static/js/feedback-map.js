/*
 * Maps of citizen feedback, an enhancement only: every page shows the same facts without JavaScript (the list of
 * reports, the coordinates and address fields). Without Leaflet, or when the tiles do not load, the list stays and a
 * notice says so. Texts come from data attributes the server renders from the message bundles.
 *
 *   [data-feedback-map="list"]    markers for the rows of the list named by data-list ([data-lat][data-lon] a)
 *   [data-feedback-map="point"]   one marker at data-lat/data-lon
 *   [data-feedback-map="pin"]     a click or a tap sets the pin and fills the inputs named by data-lat-input and
 *                                 data-lon-input, which then announce a change (htmx looks up the place and similar
 *                                 reports); typing coordinates moves the pin
 */
(function () {
    'use strict';

    function number(value) {
        var n = parseFloat(value);
        return isFinite(n) ? n : null;
    }

    function escapeHtml(text) {
        var div = document.createElement('div');
        div.textContent = text || '';
        return div.innerHTML;
    }

    function baseMap(element) {
        var data = element.dataset;
        element.hidden = false;
        var map = L.map(element, {zoomControl: false, scrollWheelZoom: false});
        L.control.zoom({zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut}).addTo(map);
        map.attributionControl.setPrefix(false);
        var notice = data.notice ? document.getElementById(data.notice) : null;
        if (data.tiles) {
            var loaded = 0;
            var layer = L.tileLayer(data.tiles, {attribution: escapeHtml(data.attribution), maxZoom: 19});
            layer.on('tileload', function () {
                loaded++;
                if (notice) {
                    notice.hidden = true;
                }
            });
            layer.on('tileerror', function () {
                if (notice && loaded === 0) {
                    notice.hidden = false;
                }
            });
            layer.addTo(map);
        } else if (notice) {
            notice.hidden = false;
        }
        map.setView([number(data.lat), number(data.lon)], parseInt(data.zoom, 10) || 13);
        return map;
    }

    function dot(kind, title) {
        return L.divIcon({
            className: 'map-dot map-dot-' + (kind || 'open'),
            iconSize: [18, 18],
            html: '<span class="visually-hidden">' + escapeHtml(title) + '</span>'
        });
    }

    function listMap(element) {
        var list = document.getElementById(element.dataset.list);
        var map = baseMap(element);
        if (!list) {
            return;
        }
        var points = [];
        list.querySelectorAll('[data-lat][data-lon]').forEach(function (item) {
            var lat = number(item.dataset.lat);
            var lon = number(item.dataset.lon);
            var link = item.querySelector('a');
            if (lat === null || lon === null || !link) {
                return;
            }
            var title = item.dataset.title || link.textContent.trim();
            var marker = L.marker([lat, lon], {icon: dot(item.dataset.kind, title), title: title, keyboard: true});
            var popup = document.createElement('div');
            var copy = link.cloneNode(true);
            popup.appendChild(copy);
            if (item.dataset.summary) {
                var summary = document.createElement('p');
                summary.textContent = item.dataset.summary;
                popup.appendChild(summary);
            }
            marker.bindPopup(popup);
            marker.addTo(map);
            points.push([lat, lon]);
        });
        if (points.length > 0) {
            map.fitBounds(points, {padding: [24, 24], maxZoom: 16});
        }
    }

    function pointMap(element) {
        var map = baseMap(element);
        L.marker([number(element.dataset.lat), number(element.dataset.lon)], {
            icon: dot(element.dataset.kind, element.dataset.title),
            title: element.dataset.title,
            keyboard: false
        }).addTo(map);
    }

    function pinMap(element) {
        var data = element.dataset;
        var latInput = document.getElementById(data.latInput);
        var lonInput = document.getElementById(data.lonInput);
        if (!latInput || !lonInput) {
            return;
        }
        var map = baseMap(element);
        var marker = null;

        function place(lat, lon) {
            if (marker) {
                marker.setLatLng([lat, lon]);
            } else {
                marker = L.marker([lat, lon], {icon: dot('pin', data.pinTitle), title: data.pinTitle, keyboard: false});
                marker.addTo(map);
            }
        }

        var lat = number(latInput.value);
        var lon = number(lonInput.value);
        if (lat !== null && lon !== null) {
            place(lat, lon);
            map.setView([lat, lon], 17);
        }
        map.on('click', function (event) {
            place(event.latlng.lat, event.latlng.lng);
            latInput.value = event.latlng.lat.toFixed(6);
            lonInput.value = event.latlng.lng.toFixed(6);
            // one change announcement is enough for htmx to look the point up
            lonInput.dispatchEvent(new Event('change', {bubbles: true}));
        });
        [latInput, lonInput].forEach(function (input) {
            input.addEventListener('change', function () {
                var a = number(latInput.value);
                var b = number(lonInput.value);
                if (a !== null && b !== null && a >= -90 && a <= 90 && b >= -180 && b <= 180) {
                    place(a, b);
                    map.panTo([a, b]);
                }
            });
        });
    }

    /* The extra fields of a category (a dossier code, a pole number) show only while that category is chosen. */
    function categoryFields() {
        var select = document.querySelector('[data-category-select]');
        if (!select) {
            return;
        }
        function update() {
            document.querySelectorAll('[data-category-fields]').forEach(function (group) {
                var shown = group.dataset.categoryFields === select.value;
                group.hidden = !shown;
                group.querySelectorAll('input, select, textarea').forEach(function (input) {
                    input.disabled = !shown;
                });
            });
        }
        select.addEventListener('change', update);
        update();
    }

    /*
     * When htmx brings the place of a new pin, the ward or commune it lies in is chosen in the list too (unless the
     * citizen chose one), so that the form says the same as the page.
     */
    function unitFromPin() {
        var select = document.getElementById('adminUnitId');
        if (!select) {
            return;
        }
        select.addEventListener('change', function () {
            delete select.dataset.fromPin;
        });
        document.body.addEventListener('htmx:afterSwap', function () {
            var place = document.getElementById('place');
            if (!place || !place.dataset.unitId || (select.value && !select.dataset.fromPin)) {
                return;
            }
            if (select.querySelector('option[value="' + place.dataset.unitId + '"]')) {
                select.value = place.dataset.unitId;
                select.dataset.fromPin = 'true';
            }
        });
    }

    function start() {
        categoryFields();
        unitFromPin();
        if (typeof L === 'undefined') {
            return;
        }
        document.querySelectorAll('[data-feedback-map]').forEach(function (element) {
            var kind = element.dataset.feedbackMap;
            if (kind === 'list') {
                listMap(element);
            } else if (kind === 'point') {
                pointMap(element);
            } else if (kind === 'pin') {
                pinMap(element);
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
