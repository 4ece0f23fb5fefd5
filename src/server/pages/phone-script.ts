// The phone page's script, served as /phone.js: choosing a seat, voting, the chart after the
// reveal. It redraws a panel only when the question, the phase or the seat changes, and otherwise
// updates in place, so a screen reader's place and the keyboard focus are kept.
import { API_HEADER } from '../guard.js';
import { MAX_NAME_LENGTH } from '../room-state.js';
import { COMMON_JS } from './common-script.js';

const PHONE_JS = String.raw`
var view = null;
var drawn = null;

function post(path, body) {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', '${API_HEADER}': '1' },
    body: JSON.stringify(body),
  }).then(function (response) {
    return response.json().catch(function () { return {}; }).then(function (data) {
      if (data.view) render(data.view);
      if (!response.ok) throw new Error(data.message || 'The room did not accept that. Try again.');
      return data;
    });
  });
}

function showError(id, error) {
  var box = document.getElementById(id);
  if (box) box.textContent = error.message;
}

function panelKey(v) {
  if (v.phase === 'closed') return 'closed';
  if (!v.you) return 'seating';
  return [v.you.id, v.phase, v.question ? v.question.round : '', v.reveal ? v.reveal.agreed : ''].join('|');
}

function render(next) {
  view = next;
  var key = panelKey(next);
  if (key !== drawn) {
    drawn = key;
    drawPanel(next);
  } else if (!next.you) {
    updateSeats(next);
  } else if (next.phase === 'voting') {
    updateVote(next);
  }
}

function drawPanel(v) {
  if (v.phase === 'closed') {
    replaceApp([el('h1', { text: 'The workshop has ended' }), el('p', { text: v.message })]);
    return say(v.message);
  }
  if (!v.you) return drawSeating(v);
  var you = el('p', { className: 'you' }, ['You are ', el('strong', { text: v.you.name }), '. ']);
  var leave = el('button', { type: 'button', className: 'link', text: 'Not you? Leave this seat' });
  leave.addEventListener('click', function () { post('/api/leave', {}).catch(function () {}); });
  you.appendChild(leave);
  if (v.phase === 'voting') return drawVoting(v, you);
  if (v.phase === 'revealed') return drawRevealed(v, you);
  replaceApp([el('h1', { text: 'Please wait' }), el('p', { text: v.message }), you]);
  say(v.message);
}

function drawSeating(v) {
  var parts = [
    el('h1', { text: 'Who are you?' }),
    el('p', { className: 'hint', text: 'Your votes stay private until the facilitator shows everyone’s together.' }),
    el('div', { id: 'seat-error', className: 'error-slot', role: 'alert' }),
  ];
  if (v.seating.seats.length) {
    parts.push(el('h2', { id: 'seats-heading', text: v.seating.open ? 'Here before? Choose your name' : 'Choose your name' }));
    parts.push(el('ul', { id: 'seats', className: 'seat-list', 'aria-labelledby': 'seats-heading' }));
  }
  if (v.seating.open) parts.push(nameForm());
  replaceApp(parts);
  updateSeats(v);
}

function nameForm() {
  var input = el('input', { id: 'name', name: 'name', type: 'text', maxlength: '${MAX_NAME_LENGTH}', autocomplete: 'name', required: true, 'aria-describedby': 'name-hint' });
  var form = el('form', { className: 'stack', id: 'name-form' }, [
    el('h2', { text: 'New here? Type your name' }),
    el('label', { for: 'name', text: 'Your name' }),
    el('p', { className: 'hint', id: 'name-hint', text: 'As the others know you, such as Sam Patel.' }),
    input,
    el('button', { type: 'submit', text: 'Take a seat' }),
  ]);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    post('/api/seat', { name: input.value }).catch(function (error) { showError('seat-error', error); });
  });
  return form;
}

// Seat buttons are updated in place, not redrawn: a list rebuilt while someone taps it (as
// others join) would swallow the tap between the press and the release.
function updateSeats(v) {
  var list = document.getElementById('seats');
  if (!list) return;
  var kept = {};
  Array.prototype.forEach.call(list.querySelectorAll('button[data-seat]'), function (button) {
    kept[button.getAttribute('data-seat')] = button;
  });
  v.seating.seats.forEach(function (seat) {
    var button = kept[seat.id];
    delete kept[seat.id];
    // The room only adds seats, at the end, so a kept button is already in its place.
    if (!button) list.appendChild(el('li', {}, [(button = seatButton(seat.id))]));
    var text = seat.taken ? seat.name + ' (taken on another device)' : seat.name;
    if (button.textContent !== text) button.textContent = text;
    button.disabled = seat.taken;
  });
  Object.keys(kept).forEach(function (id) { list.removeChild(kept[id].parentNode); });
}

function seatButton(id) {
  var button = el('button', { type: 'button', className: 'seat', 'data-seat': id });
  button.addEventListener('click', function () {
    post('/api/seat', { seat: id }).catch(function (error) { showError('seat-error', error); });
  });
  return button;
}

function drawVoting(v, you) {
  var q = v.question;
  var buttons = q.levels.map(function (level) {
    var button = el('button', { type: 'button', className: 'level', 'aria-pressed': 'false', 'data-level': level.level }, [
      el('span', { className: 'tick', 'aria-hidden': 'true' }),
      el('span', { className: 'level-number', text: String(level.level) }), ' ',
      el('span', { className: 'level-label', text: level.label }),
      el('span', { className: 'level-text', text: level.descriptor }),
    ]);
    button.addEventListener('click', function () { vote(level.level); });
    return button;
  });
  var dontKnow = el('button', { type: 'button', className: 'level', 'aria-pressed': 'false', 'data-level': 'none' }, [
    el('span', { className: 'tick', 'aria-hidden': 'true' }), "Don't know (no vote)",
  ]);
  dontKnow.addEventListener('click', function () { vote(null); });
  replaceApp([
    el('p', { className: 'progress', text: progressText(q) }),
    el('h1', { id: 'question', text: q.text }),
    q.help ? el('details', {}, [el('summary', { text: 'Help: why this matters' }), el('div', { className: 'help', text: q.help })]) : null,
    el('div', { role: 'group', className: 'levels', 'aria-labelledby': 'question' }, buttons.concat([dontKnow])),
    el('div', { id: 'vote-error', className: 'error-slot', role: 'alert' }),
    el('p', { id: 'your-vote', className: 'status' }),
    el('p', { id: 'voted' }),
    you,
  ]);
  say(progressText(q) + '. ' + q.text);
  updateVote(v);
}

function levelName(v, level) {
  var found = v.question.levels.filter(function (l) { return l.level === level; })[0];
  return found ? found.level + ' ' + found.label : String(level);
}

function updateVote(v) {
  var mine = v.yourVote ? (v.yourVote.level === null ? 'none' : String(v.yourVote.level)) : '';
  Array.prototype.forEach.call(app.querySelectorAll('button.level'), function (button) {
    button.setAttribute('aria-pressed', button.getAttribute('data-level') === mine ? 'true' : 'false');
  });
  var status = document.getElementById('your-vote');
  if (status) {
    status.textContent = !v.yourVote
      ? 'You have not voted yet. Your vote stays private until the facilitator shows the votes.'
      : v.yourVote.level === null
        ? "You said you don't know. You can still vote until the votes are shown."
        : 'Your vote: ' + levelName(v, v.yourVote.level) + '. You can change it until the votes are shown.';
  }
  var voted = document.getElementById('voted');
  if (voted && v.voted) voted.textContent = v.voted.count + ' of ' + v.voted.of + ' have voted.';
}

function vote(level) {
  var error = document.getElementById('vote-error');
  if (error) error.textContent = '';
  post('/api/vote', { round: view.question.round, level: level })
    .then(function () { say(level === null ? "Saved: don't know." : 'Vote saved: ' + levelName(view, level) + '.'); })
    .catch(function (e) { showError('vote-error', e); });
}

function drawRevealed(v, you) {
  var q = v.question;
  var mine = v.yourVote
    ? el('p', { text: v.yourVote.level === null ? "You said you don't know." : 'You voted ' + levelName(v, v.yourVote.level) + '.' })
    : el('p', { text: 'You did not vote on this question.' });
  replaceApp([el('p', { className: 'progress', text: progressText(q) }), el('h1', { text: q.text }), chart(v.reveal), mine, you]);
  say(v.reveal.agreed ? v.reveal.agreed : 'The votes are shown. ' + v.reveal.summary);
}

listen('/events', render);
`;

/** The whole script: shared helpers and the phone's own code, in one function scope. */
export const PHONE_SCRIPT = `(function () {\n'use strict';\n${COMMON_JS}\n${PHONE_JS}\n})();\n`;
