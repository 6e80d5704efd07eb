// The console's region map: draws the region and its children from the console's own map data (no tile layer unless
// one is configured), names the regions under a click and links them, so an admin can go down by clicking.
(function () {
    var container = document.getElementById('map');
    if (!container || typeof L === 'undefined') {
        return;
    }
    var status = document.getElementById('status');
    var answer = document.getElementById('answer');
    var map = L.map(container, {zoomSnap: 0.25}).setView([-2.5, 118], 5);
    if (container.dataset.tiles) {
        L.tileLayer(container.dataset.tiles, {
            maxZoom: 19,
            attribution: asHtml(container.dataset.attribution || ''),
            referrerPolicy: 'strict-origin'
        }).addTo(map);
    }
    var clickedChild = null;
    var marker = null;

    // Leaflet shows the attribution as HTML; the configured text is shown as typed.
    function asHtml(text) {
        var span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML;
    }

    function show(message) {
        status.textContent = message;
    }

    function pageOf(code) {
        return container.dataset.page + '?code=' + encodeURIComponent(code);
    }

    // The console answers a lapsed session with its login page, not with JSON: say so instead of failing to parse.
    function json(response) {
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('json') < 0) {
            throw new Error('Your session has ended: reload the page to log in again.');
        }
        return response.json().then(function (body) {
            if (!response.ok) {
                throw new Error(body.detail || body.title || ('HTTP ' + response.status));
            }
            return body;
        });
    }

    fetch(container.dataset.shapes, {headers: {Accept: 'application/json'}})
        .then(json)
        .then(function (collection) {
            var region = collection.features.filter(function (f) { return f.properties.role === 'region'; });
            var children = collection.features.filter(function (f) { return f.properties.role === 'child'; });
            var childLayer = L.geoJSON(children, {
                style: {className: 'wilayah-child', color: '#0f766e', weight: 1, fillOpacity: 0.08},
                onEachFeature: function (feature, layer) {
                    layer.bindTooltip(feature.properties.name, {sticky: true});
                    layer.on('click', function () { clickedChild = feature.properties; });
                }
            }).addTo(map);
            var regionLayer = L.geoJSON(region, {
                style: {className: 'wilayah-region', color: '#b45309', weight: 3, fill: children.length === 0,
                    fillOpacity: 0.08},
                interactive: false
            }).addTo(map);
            var drawn = region.length ? regionLayer.getBounds() : childLayer.getBounds();
            if (drawn.isValid()) {
                map.fitBounds(drawn, {padding: [12, 12], animate: false});
            }
            var missing = [];
            if (container.dataset.shapes.indexOf('code=') >= 0 && region.length === 0) {
                missing.push('this region');
            }
            var listed = document.querySelectorAll('#children a').length;
            if (children.length < listed) {
                missing.push((listed - children.length) + ' of its ' + listed + ' children');
            }
            show(missing.length
                ? 'No boundary stored in edition ' + collection.edition + ' for ' + missing.join(' and ') + '.'
                : 'Boundaries of edition ' + collection.edition + '.');
        })
        .catch(function (error) { show(error.message); });

    map.on('click', function (event) {
        var child = clickedChild;
        clickedChild = null;
        var lat = event.latlng.lat.toFixed(6);
        var lng = event.latlng.wrap().lng.toFixed(6);
        if (marker) {
            marker.setLatLng(event.latlng);
        } else {
            marker = L.circleMarker(event.latlng, {className: 'wilayah-pin', radius: 6, color: '#1d4ed8'}).addTo(map);
        }
        answer.textContent = 'Looking up ' + lat + ', ' + lng + '…';
        fetch(container.dataset.reverse + '?lat=' + lat + '&lng=' + lng, {headers: {Accept: 'application/json'}})
            .then(json)
            .then(function (found) { render(found, lat, lng, child); })
            .catch(function (error) { answer.textContent = error.message; });
    });

    function render(found, lat, lng, child) {
        answer.textContent = '';
        var table = document.createElement('table');
        table.className = 'grid facts';
        table.id = 'reverse';
        row(table, 'Point', lat + ', ' + lng);
        row(table, 'Match', found.match === 'inside' ? 'inside'
            : 'nearest, ' + found.distance_m.toLocaleString('en') + ' m away');
        [['kelurahan', 'Kelurahan'], ['kecamatan', 'Kecamatan'], ['kota', 'Kota'], ['provinsi', 'Provinsi']]
            .forEach(function (level) {
                var region = found[level[0]];
                if (region) {
                    var link = document.createElement('a');
                    link.href = pageOf(region.code);
                    link.textContent = region.name;
                    row(table, level[1], link, ' ' + region.code);
                } else if (level[0] === 'kelurahan') {
                    row(table, level[1], 'no village boundary here');
                }
            });
        var village = found.kelurahan;
        row(table, 'Postal code', village && village.postal_code ? village.postal_code : '–');
        answer.appendChild(table);
        if (child) {
            var open = document.createElement('a');
            open.id = 'open-child';
            open.href = pageOf(child.code);
            open.textContent = 'Open ' + child.level + ' ' + child.name + ' on the map';
            var paragraph = document.createElement('p');
            paragraph.appendChild(open);
            answer.appendChild(paragraph);
        }
    }

    function row(table, label, value, hint) {
        var tr = table.insertRow();
        var th = document.createElement('th');
        th.textContent = label;
        tr.appendChild(th);
        var td = tr.insertCell();
        td.appendChild(typeof value === 'string' ? document.createTextNode(value) : value);
        if (hint) {
            var span = document.createElement('span');
            span.className = 'hint';
            span.textContent = hint;
            td.appendChild(span);
        }
    }
}());
