/* The teacher's page: the controls, the seat table, the live market and the scoreboard; projectable. */
'use strict';
(function () {
  var KEY = 'chipsim-classroom-teacher';
  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  };
  var socket;
  var rowKeys = {};
  var last = null;

  function token() {
    if (location.hash.length > 1) {
      sessionStorage.setItem(KEY, location.hash.slice(1));
      history.replaceState(null, '', location.pathname);
    }
    return sessionStorage.getItem(KEY);
  }

  function command(action, extra) {
    var message = {type: 'command', action: action};
    Object.keys(extra || {}).forEach(function (k) { message[k] = extra[k]; });
    socket.send(message);
  }

  function clock(ms) {
    var s = Math.max(0, Math.round(ms / 1000));
    return Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
  }

  function playedBy(seat) {
    if (!seat.open) { return 'its policy'; }
    if (seat.bot) { return 'a bot (its policy)'; }
    return 'students';
  }

  function seatRow(seat, view) {
    var tr = el('tr', {'data-seat': seat.id + '/' + seat.role});
    tr.appendChild(el('td', null, seat.id));
    tr.appendChild(el('td', null, seat.role));
    tr.appendChild(el('td', null, playedBy(seat)));
    var people = el('td');
    seat.students.forEach(function (s) {
      var span = el('span', {'class': 'person'});
      span.appendChild(el('span', {'class': 'dot' + (s.connected ? ' on' : ''), title: s.connected ? 'connected' : 'not connected'}));
      span.appendChild(document.createTextNode(s.name));
      var kick = el('button', {'class': 'kick ctl', title: 'remove ' + s.name, 'data-student': s.id}, '\u2715');
      kick.addEventListener('click', function () { command('kick', {student: s.id}); });
      span.appendChild(kick);
      var move = el('select', {'class': 'move', 'aria-label': 'move ' + s.name});
      move.appendChild(el('option', {value: ''}, 'move\u2026'));
      view.seats.forEach(function (other) {
        if (other.id !== seat.id && other.open && (view.status === 'lobby' || other.seated)) {
          move.appendChild(el('option', {value: other.id}, other.id));
        }
      });
      move.addEventListener('change', function () { if (move.value) { command('move', {student: s.id, seat: move.value}); } });
      span.appendChild(move);
      people.appendChild(span);
    });
    if (!seat.students.length) { people.appendChild(el('span', {'class': 'muted'}, seat.open ? 'empty' : '')); }
    tr.appendChild(people);
    var now = el('td');
    if (seat.waiting) { now.appendChild(el('span', {'class': 'pill wait'}, 'deciding: ' + seat.point)); }
    else if (seat.open && view.status !== 'lobby' && seat.note) { now.appendChild(el('span', {'class': 'pill done'}, 'decided')); }
    else { now.appendChild(el('span', {'class': 'pill idle'}, '\u2014')); }
    tr.appendChild(now);
    tr.appendChild(el('td', {'class': 'num time-left'}, seat.waiting ? clock(seat.millisLeft) : ''));
    tr.appendChild(el('td', {'class': 'num'}, seat.open ? seat.decidedByStudents + ' / ' + seat.fallbacks : ''));
    tr.appendChild(el('td', {'class': 'muted'}, seat.note));
    var controls = el('td', {'class': 'ctl'});
    if (view.mode === 'matrix') {
      tr.appendChild(controls);
      return tr;
    }
    if (view.status === 'lobby') {
      var toggle = el('button', {'class': 'secondary', 'data-action': seat.open ? 'close' : 'open'}, seat.open ? 'give to policy' : 'open to students');
      toggle.addEventListener('click', function () { command(seat.open ? 'close' : 'open', {seat: seat.id}); });
      controls.appendChild(toggle);
    }
    if (seat.open && (view.status === 'lobby' || seat.seated)) {
      var bot = el('button', {'class': 'secondary', 'data-action': seat.bot ? 'people' : 'bot'}, seat.bot ? 'back to students' : 'fill with a bot');
      bot.addEventListener('click', function () { command(seat.bot ? 'people' : 'bot', {seat: seat.id}); });
      controls.appendChild(bot);
    }
    tr.appendChild(controls);
    return tr;
  }

  function render(view) {
    last = view;
    $('room-code').textContent = view.room;
    $('join-url').textContent = location.origin + '/';
    var words = {lobby: 'Lobby: students are joining', running: 'Running', paused: 'Paused', debrief: 'Finished', failed: 'Stopped'};
    $('status').textContent = (view.quarter ? view.quarter + ' \u00b7 ' : '') + (words[view.status] || view.status);
    $('start').disabled = view.status !== 'lobby';
    $('pause').disabled = view.status !== 'running';
    $('resume').disabled = view.status !== 'paused';
    $('extend').disabled = $('advance').disabled = !(view.status === 'running' || view.status === 'paused');
    var deciding = view.seats.filter(function (s) { return s.waiting; }).length;
    $('summary').textContent = view.connected + ' of ' + view.students + ' students connected \u00b7 ' + deciding + ' seats deciding';
    var body = $('seats').querySelector('tbody');
    view.seats.forEach(function (seat, index) {
      var copy = JSON.parse(JSON.stringify(seat));
      delete copy.millisLeft;
      var key = JSON.stringify(copy) + view.status;
      var id = seat.id + '/' + seat.role;
      var existing = body.querySelector('tr[data-seat="' + id + '"]');
      if (!existing || rowKeys[id] !== key) {
        var row = seatRow(seat, view);
        if (existing) { body.replaceChild(row, existing); } else { body.appendChild(row); }
        rowKeys[id] = key;
      } else if (seat.waiting) {
        existing.querySelector('.time-left').textContent = clock(seat.millisLeft);
      }
    });
    if (view.mode === 'matrix') {
      MarketCharts.choices(view.game, view.choices || []);
      document.body.classList.add('matrix');
      $('market-title').textContent = 'Choices against the game\u2019s equilibria';
    } else {
      MarketCharts.update(view.market || []);
    }
    renderScoreboard(view);
    $('teacher-error').textContent = view.failure ? 'The run stopped: ' + view.failure : $('teacher-error').textContent;
    document.body.setAttribute('data-status', view.status);
  }

  function renderScoreboard(view) {
    var box = $('scoreboard');
    var key = JSON.stringify(view.debrief || view.seats.map(function (s) { return [s.id, s.decidedByStudents, s.fallbacks]; }));
    if (box.getAttribute('data-key') === key) { return; }
    box.setAttribute('data-key', key);
    box.textContent = '';
    var t = el('table');
    var head = el('tr');
    if (view.debrief) {
      $('scoreboard-title').textContent = 'Scoreboard: payoffs over the whole run';
      ['Seat', 'Role', 'Played by', 'Payoff', 'Decided by students', 'By the policy'].forEach(function (h, i) {
        head.appendChild(el('th', i >= 3 ? {'class': 'num'} : null, h));
      });
      t.appendChild(head);
      view.debrief.payoffs.forEach(function (p) {
        var tr = el('tr');
        [p.agent, p.role, p.playedBy === 'students' ? (p.team || 'students') : p.playedBy].forEach(function (c) { tr.appendChild(el('td', null, c)); });
        tr.appendChild(el('td', {'class': 'num'}, MarketCharts.payoff(p.payoff)));
        tr.appendChild(el('td', {'class': 'num'}, String(p.decidedByStudents)));
        tr.appendChild(el('td', {'class': 'num'}, String(p.fallbacks)));
        t.appendChild(tr);
      });
      var link = $('report-link');
      link.textContent = '';
      if (view.debrief.report) link.appendChild(el('a', {href: view.debrief.report, target: '_blank', rel: 'noopener', id: 'report-anchor'}, 'Open the run\u2019s full report'));
    } else {
      $('scoreboard-title').textContent = 'Scoreboard: decisions so far (payoffs at the end)';
      ['Seat', 'Decided by students', 'Decided by the policy (late, refused, bot)'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      t.appendChild(head);
      view.seats.filter(function (s) { return s.open; }).forEach(function (s) {
        var tr = el('tr');
        tr.appendChild(el('td', null, s.id));
        tr.appendChild(el('td', {'class': 'num'}, String(s.decidedByStudents)));
        tr.appendChild(el('td', {'class': 'num'}, String(s.fallbacks)));
        t.appendChild(tr);
      });
    }
    box.appendChild(t);
  }

  function onMessage(m) {
    if (m.type === 'teacher-view') { render(m); }
    else if (m.type === 'refused') { $('teacher-error').textContent = m.reason; }
    else if (m.type === 'teacher-welcome') { $('teacher-error').textContent = ''; }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var secret = token();
    if (!secret) { $('teacher-error').textContent = 'Open the teacher\u2019s URL that chipsim classroom printed (it ends in #TOKEN).'; }
    $('start').addEventListener('click', function () { command('start'); });
    $('pause').addEventListener('click', function () { command('pause'); });
    $('resume').addEventListener('click', function () { command('resume'); });
    $('extend').addEventListener('click', function () { command('extend', {seconds: 30}); });
    $('advance').addEventListener('click', function () { command('advance'); });
    $('projector').addEventListener('change', function () {
      document.body.classList.toggle('projector', $('projector').checked);
      setTimeout(function () { window.dispatchEvent(new Event('resize')); }, 50);
    });
    socket = ClassSocket.open(function () { if (secret) { socket.send({type: 'teacher', token: secret}); } }, onMessage, function () {});
  });
})();
