// The projector page's script, served as /screen.js: the question in large type with what each
// level means for it, a dot for each person that fills when they have voted (never how), the
// chart after the reveal, and the pacing line.
import { COMMON_JS } from './common-script.js';

const SCREEN_JS = String.raw`
var drawn = null;
var pacing = document.getElementById('pacing');

function render(v) {
  pacing.textContent = v.pacing ? v.pacing.text : '';
  pacing.className = 'pacing' + (v.pacing && !v.pacing.onTime ? ' behind' : '');
  var key = [v.phase, v.question ? v.question.round : '', v.reveal ? v.reveal.agreed : ''].join('|');
  if (key !== drawn) {
    drawn = key;
    draw(v);
  } else {
    updateDots(v);
  }
}

function draw(v) {
  if (v.phase === 'voting') {
    replaceApp([
      el('p', { className: 'progress', text: progressText(v.question) }),
      el('h1', { text: v.question.text }),
      // What each level means for this question, so the room can read it from the wall.
      el('ol', { className: 'scale' }, v.question.levels.map(function (l) {
        return el('li', {}, [el('span', { className: 'level-label', text: l.level + ' ' + l.label }), ' ', el('span', { className: 'level-text', text: l.descriptor })]);
      })),
      el('h2', { id: 'voted-heading' }),
      el('ul', { id: 'dots', className: 'dots', 'aria-labelledby': 'voted-heading' }),
    ]);
    say('New question. ' + v.question.text);
  } else if (v.phase === 'revealed') {
    replaceApp([el('p', { className: 'progress', text: progressText(v.question) }), el('h1', { text: v.question.text }), chart(v.reveal)]);
    say(v.reveal.agreed ? v.reveal.agreed : 'The votes are shown.');
  } else {
    replaceApp([
      el('h1', { text: v.phase === 'closed' ? 'The workshop has ended' : v.message }),
      v.phase === 'closed' ? el('p', { text: v.message }) : null,
      el('h2', { id: 'voted-heading' }),
      el('ul', { id: 'dots', className: 'dots', 'aria-labelledby': 'voted-heading' }),
    ]);
  }
  updateDots(v);
}

function updateDots(v) {
  var list = document.getElementById('dots');
  var heading = document.getElementById('voted-heading');
  if (!list || !heading) return;
  var voting = v.phase === 'voting';
  var count = v.seats.filter(function (s) { return voting ? s.voted : s.present; }).length;
  heading.textContent = voting
    ? count + ' of ' + v.seats.length + ' have voted'
    : count + (count === 1 ? ' person has' : ' people have') + ' joined';
  list.textContent = '';
  v.seats.forEach(function (seat) {
    var filled = voting ? seat.voted : seat.present;
    var state = voting ? (seat.voted ? 'voted' : 'not voted yet') : (seat.present ? 'joined' : 'not joined yet');
    list.appendChild(el('li', {}, [
      el('span', { className: 'dot' + (filled ? ' voted' : ''), 'aria-hidden': 'true' }),
      el('span', { text: seat.name }),
      el('span', { className: 'visually-hidden', text: ': ' + state }),
    ]));
  });
}

listen('/screen/events', render);
`;

export const SCREEN_SCRIPT = `(function () {\n'use strict';\n${COMMON_JS}\n${SCREEN_JS}\n})();\n`;
