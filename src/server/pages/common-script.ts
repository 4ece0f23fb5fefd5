// Browser code shared by the phone and projector pages (plain ES2017, no framework, nothing
// loaded from elsewhere). Text always goes in with textContent, never as HTML.

export const COMMON_JS = String.raw`
var app = document.getElementById('app');
var announcer = document.getElementById('announce');
var connection = document.getElementById('connection');

/** An element: attrs may hold text, className and any attribute; children are nodes or strings. */
function el(tag, attrs, children) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (key) {
    var value = attrs[key];
    if (value === null || value === undefined || value === false) return;
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  });
  (children || []).forEach(function (child) {
    if (child === null || child === undefined || child === false) return;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}

/** Tells screen reader users about a change they did not cause, once. */
function say(text) {
  announcer.textContent = '';
  setTimeout(function () { announcer.textContent = text; }, 100);
}

function replaceApp(nodes) {
  var hadFocus = !document.activeElement || document.activeElement === document.body || app.contains(document.activeElement);
  app.textContent = '';
  nodes.forEach(function (node) { if (node) app.appendChild(node); });
  app.removeAttribute('aria-busy');
  var heading = app.querySelector('h1');
  if (hadFocus && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

function progressText(question) {
  var p = question.progress;
  var text = 'Question ' + p.number + ' of ' + p.total;
  if (p.theme) text += ' · Theme ' + p.theme.number + ' of ' + p.theme.count + ': ' + p.theme.title;
  return text;
}

/** The vote chart after the reveal: a table, one row per level, with a bar and the names. */
function chart(reveal) {
  var most = Math.max.apply(null, reveal.rows.map(function (r) { return r.count; }).concat([1]));
  var body = el('tbody', {}, reveal.rows.map(function (row) {
    var bar = el('span', { className: row.count === 0 ? 'bar empty' : 'bar', 'aria-hidden': 'true' });
    bar.style.width = (row.count === 0 ? 0 : Math.max(4, (100 * row.count) / most)) + '%';
    var who = row.count === 0 ? 'no votes' : row.count + (row.count === 1 ? ' vote: ' : ' votes: ') + row.names.join(', ');
    return el('tr', {}, [
      el('th', { scope: 'row', text: row.level + ' ' + row.label }),
      el('td', { className: 'count' }, [bar, el('span', { className: 'names', text: who })]),
    ]);
  }));
  var parts = [
    el('table', { className: 'chart' }, [
      el('caption', { className: 'visually-hidden', text: 'Votes for each level' }),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col', text: 'Level' }), el('th', { scope: 'col', text: 'Votes' })])]),
      body,
    ]),
  ];
  if (reveal.dontKnow.length) parts.push(el('p', { text: "Don't know: " + reveal.dontKnow.join(', ') }));
  parts.push(el('p', { className: reveal.warning ? 'warning' : 'status', text: reveal.summary }));
  if (reveal.agreed) parts.push(el('p', { className: 'agreed', text: reveal.agreed }));
  return el('section', { 'aria-labelledby': 'votes-heading' }, [el('h2', { id: 'votes-heading', text: 'The votes' })].concat(parts));
}

/** Listens to the room; a closed stream (the pass is no longer valid) reloads to the code form. */
function listen(path, onState) {
  var failures = 0;
  var source = new EventSource(path);
  source.addEventListener('state', function (event) {
    failures = 0;
    connection.textContent = '';
    var view = JSON.parse(event.data);
    onState(view);
    if (view.phase === 'closed') source.close();
  });
  source.onerror = function () {
    if (source.readyState === EventSource.CLOSED) {
      window.location.reload();
      return;
    }
    failures += 1;
    connection.textContent = failures > 3
      ? 'Lost touch with the room. If the facilitator has restarted it, scan the new code or type the new address.'
      : 'Reconnecting to the room…';
  };
}
`;
