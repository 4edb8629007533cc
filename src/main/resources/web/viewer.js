/*
 * newskg graph viewer: draws the entity graph with Cytoscape.js, searches it by label and shows a
 * node's or an edge's facts with their evidence sentences.
 *
 * Two modes, one file: the html export embeds its graph in <script id="graph-data"> (offline, no
 * requests at all); newskg serve's page has <body data-api="..."> and asks the server.
 *
 * All text from the store is untrusted (it comes from news articles): it reaches the page only
 * through textContent or Cytoscape's canvas labels, never innerHTML; links only when http(s).
 */
(function () {
  'use strict';

  var COLORS = { Person: '#E69F00', Organization: '#56B4E9', Country: '#009E73', Location: '#CC79A7' };
  var SHAPES = { Person: 'ellipse', Organization: 'round-rectangle', Country: 'hexagon', Location: 'octagon' };
  var MAX_MATCHES = 12;

  var cy = null;
  var api = document.body.getAttribute('data-api');
  var graphBox = document.getElementById('graph');
  var panel = document.getElementById('panel');
  var search = document.getElementById('search');
  var matches = document.getElementById('matches');
  var stats = document.getElementById('stats');
  var hops = document.getElementById('hops');

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function httpUrl(u) {
    return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : null;
  }

  function link(href, text) {
    var a = el('a', text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function log2(x) { return Math.log(Math.max(1, x)) / Math.LN2; }

  function style() {
    return [
      { selector: 'node', style: {
        'label': 'data(name)',
        'background-color': function (n) { return COLORS[n.data('type')] || '#999'; },
        'shape': function (n) { return SHAPES[n.data('type')] || 'ellipse'; },
        'width': function (n) { return 14 + 8 * log2(n.data('mentions')); },
        'height': function (n) { return 14 + 8 * log2(n.data('mentions')); },
        'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 160,
        'border-width': 1, 'border-color': '#555'
      } },
      { selector: 'edge', style: {
        'width': function (e) { return 1 + log2(e.data('weight')); },
        'line-color': function (e) { return edgeColor(e); },
        'target-arrow-color': function (e) { return edgeColor(e); },
        'target-arrow-shape': function (e) { return e.data('directed') ? 'triangle' : 'none'; },
        'curve-style': 'bezier', 'label': 'data(name)', 'font-size': 8, 'color': '#444',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-opacity': 0
      } },
      { selector: 'edge.shown, edge:selected', style: { 'text-opacity': 1 } },
      { selector: '.faded', style: { 'opacity': 0.12 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'edge:selected', style: { 'width': 4 } }
    ];
  }

  function edgeColor(e) {
    var rel = e.data('interaction') || '';
    if (rel.indexOf('cameo:') !== 0) { return '#666'; }
    var root = parseInt(rel.substring(6, 8), 10);
    return root >= 9 ? '#D55E00' : '#0072B2';
  }

  /** Draws a graph ({elements:{nodes,edges}}); then calls done (if given). */
  function render(data, done) {
    if (cy) { cy.destroy(); cy = null; }
    clear(graphBox);
    var nodes = (data && data.elements && data.elements.nodes) || [];
    var edges = (data && data.elements && data.elements.edges) || [];
    stats.textContent = nodes.length + ' entities, ' + edges.length + ' relations';
    if (nodes.length === 0) {
      graphBox.appendChild(el('p', 'Nothing to draw: no entity in this part of the store.', 'empty'));
      ready();
      if (done) { done(); }
      return;
    }
    cy = cytoscape({
      container: graphBox,
      elements: { nodes: nodes, edges: edges },
      style: style(),
      layout: { name: 'preset' },
      minZoom: 0.05, maxZoom: 5, wheelSensitivity: 0.3,
      selectionType: 'single'
    });
    cy.on('tap', 'node', function (evt) { select(evt.target); });
    cy.on('tap', 'edge', function (evt) { showEdge(evt.target); });
    cy.on('tap', function (evt) { if (evt.target === cy) { unfade(); } });
    var big = nodes.length > 600;
    var layout = cy.layout(big
      ? { name: 'concentric', animate: false, concentric: function (n) { return n.data('mentions'); },
          levelWidth: function () { return 2; }, minNodeSpacing: 20 }
      : { name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
          nodeRepulsion: function () { return 150000; }, idealEdgeLength: function () { return 80; },
          edgeElasticity: function () { return 100; }, nodeOverlap: 20, gravity: 80, numIter: 1000 });
    layout.one('layoutstop', function () {
      fitTo(cy.elements());
      ready();
      if (done) { done(); }
    });
    layout.run();
  }

  /** Fits the elements in view, but zooms in no further than reading size: one node should not fill the screen. */
  function fitTo(eles) {
    cy.fit(eles, 40);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center(eles);
    }
  }

  function ready() {
    document.body.setAttribute('data-ready', 'true');
  }

  function unfade() {
    if (!cy) { return; }
    cy.elements().removeClass('faded shown');
  }

  /** Selects a node: highlights it with its neighbours, shows its facts. */
  function select(node) {
    if (!cy || !node || node.empty()) { return; }
    var near = node.closedNeighborhood();
    cy.elements().addClass('faded').removeClass('shown');
    near.removeClass('faded');
    node.connectedEdges().addClass('shown');
    cy.elements().unselect();
    node.select();
    fitTo(near);
    showNode(node);
  }

  function showNode(node) {
    clear(panel);
    var d = node.data();
    panel.appendChild(el('h2', d.name));
    var meta = el('p', d.type + ' \u00b7 mentioned in ' + d.mentions + (d.mentions === 1 ? ' article' : ' articles'), 'meta');
    panel.appendChild(meta);
    if (d.first) {
      panel.appendChild(el('p', d.first === d.last ? d.first : d.first + ' \u2013 ' + d.last, 'meta'));
    }
    if (typeof d.wikidata === 'string' && /^Q[0-9]+$/.test(d.wikidata)) {
      var p = el('p', null, 'meta');
      p.appendChild(document.createTextNode('Wikidata '));
      p.appendChild(link('https://www.wikidata.org/wiki/' + d.wikidata, d.wikidata));
      panel.appendChild(p);
    }
    panel.appendChild(el('p', d.iri, 'src'));
    if (api) {
      var b = el('button', 'Show the graph around ' + d.name, 'link');
      b.type = 'button';
      b.addEventListener('click', function () { loadEntity(d.iri); });
      panel.appendChild(b);
    }
    var edges = node.connectedEdges().sort(function (a, b) { return b.data('weight') - a.data('weight'); });
    panel.appendChild(el('h3', edges.length ? 'Facts and events' : 'No facts or events with other entities here'));
    var list = el('ul', null, 'facts');
    edges.forEach(function (e) {
      var out = e.source().id() === node.id();
      var other = out ? e.target() : e.source();
      var li = el('li');
      var head = el('div');
      head.appendChild(document.createTextNode(out ? '\u2192 ' : '\u2190 '));
      head.appendChild(el('span', e.data('name'), 'rel'));
      head.appendChild(document.createTextNode(' ' + other.data('name') + ' (' + articles(e.data('weight')) + ')'));
      li.appendChild(head);
      evidence(li, e.data('evidence'));
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function showEdge(edge) {
    clear(panel);
    var d = edge.data();
    panel.appendChild(el('h2', edge.source().data('name') + ' \u2014 ' + d.name + ' \u2014 ' + edge.target().data('name')));
    panel.appendChild(el('p', d.kind + ' \u00b7 ' + articles(d.weight) + (d.first ? ' \u00b7 ' + d.first : ''), 'meta'));
    panel.appendChild(el('h3', 'Evidence'));
    var box = el('div');
    evidence(box, d.evidence);
    panel.appendChild(box);
  }

  function articles(n) { return n + (n === 1 ? ' article' : ' articles'); }

  function evidence(into, list) {
    (list || []).forEach(function (ev) {
      var text = typeof ev === 'string' ? ev : ev.text;
      into.appendChild(el('blockquote', text));
      if (typeof ev === 'object' && ev) {
        var src = el('div', null, 'src');
        var url = httpUrl(ev.url);
        if (url) {
          src.appendChild(link(url, url));
        } else if (ev.article) {
          src.textContent = ev.article;
        }
        into.appendChild(src);
      }
    });
  }

  /* ---- search ---- */

  function showMatches(items, pick) {
    clear(matches);
    items.forEach(function (it) {
      var li = el('li');
      var b = el('button');
      b.type = 'button';
      b.appendChild(document.createTextNode(it.name));
      b.appendChild(el('span', it.type, 'type'));
      b.addEventListener('click', function () { hideMatches(); pick(it); });
      li.appendChild(b);
      matches.appendChild(li);
    });
    matches.hidden = items.length === 0;
  }

  function hideMatches() { matches.hidden = true; }

  function localMatches(q) {
    if (!cy) { return []; }
    q = q.trim().toLowerCase();
    if (!q) { return []; }
    var found = cy.nodes().filter(function (n) { return String(n.data('name')).toLowerCase().indexOf(q) >= 0; });
    var sorted = found.sort(function (a, b) {
      var ea = String(a.data('name')).toLowerCase() === q ? 0 : 1;
      var eb = String(b.data('name')).toLowerCase() === q ? 0 : 1;
      return ea - eb || b.data('mentions') - a.data('mentions');
    });
    return sorted.slice(0, MAX_MATCHES).map(function (n) {
      return { id: n.id(), name: n.data('name'), type: n.data('type'), iri: n.data('iri') };
    });
  }

  function pickLocal(it) { select(cy.getElementById(it.id)); }

  var pending = null;
  function remoteMatches(q, then) {
    if (pending) { clearTimeout(pending); }
    pending = setTimeout(function () {
      fetchJson(api + '/search?q=' + encodeURIComponent(q.trim()), function (rows) {
        then((rows || []).map(function (r) { return { name: r.label, type: r.type, iri: r.iri }; }));
      });
    }, 150);
  }

  function pickRemote(it) { loadEntity(it.iri); }

  search.addEventListener('input', function () {
    if (api) {
      remoteMatches(search.value, function (items) { showMatches(items, pickRemote); });
    } else {
      showMatches(localMatches(search.value), pickLocal);
    }
  });
  search.addEventListener('keydown', function (evt) {
    if (evt.key === 'Escape') { hideMatches(); return; }
    if (evt.key !== 'Enter') { return; }
    evt.preventDefault();
    hideMatches();
    if (api) {
      remoteMatches(search.value, function (items) { if (items.length) { pickRemote(items[0]); } });
    } else {
      var items = localMatches(search.value);
      if (items.length) { pickLocal(items[0]); }
    }
  });
  document.addEventListener('click', function (evt) {
    if (evt.target !== search && !matches.contains(evt.target)) { hideMatches(); }
  });
  document.getElementById('fit').addEventListener('click', function () {
    if (cy) { unfade(); fitTo(cy.elements()); }
  });

  /* ---- server mode ---- */

  function fetchJson(url, then) {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body && body.error ? body.error : 'HTTP ' + r.status); }
          return body;
        });
      })
      .then(then)
      .catch(function (err) { stats.textContent = 'Error: ' + err.message; ready(); });
  }

  function loadEntity(iri) {
    document.body.removeAttribute('data-ready');
    var h = hops ? hops.value : '1';
    fetchJson(api + '/graph?entity=' + encodeURIComponent(iri) + '&hops=' + encodeURIComponent(h), function (data) {
      render(data, function () {
        if (!cy) { return; }
        var node = cy.nodes().filter(function (n) { return n.data('iri') === iri; });
        if (node.nonempty()) { select(node); }
      });
    });
  }

  /* ---- start ---- */

  var embedded = document.getElementById('graph-data');
  if (embedded) {
    render(JSON.parse(embedded.textContent));
  } else if (api) {
    document.getElementById('hops-box').hidden = false;
    fetchJson(api + '/search?q=', function (rows) {
      if (rows && rows.length) {
        loadEntity(rows[0].iri);
      } else {
        render({ elements: { nodes: [], edges: [] } });
      }
    });
  }
  window.newskgViewer = { select: function (name) {
    var it = localMatches(name)[0];
    if (it) { pickLocal(it); }
    return !!it;
  }, cy: function () { return cy; } };
}());
