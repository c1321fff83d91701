/* A student's page: join with the room code, then the seat's questions, each a form against the clock. */
'use strict';
(function () {
  var KEY = 'chipsim-classroom-seat';
  var ROLES = {
    washington: 'Washington: US export controls', beijing: 'Beijing: China\u2019s import policy',
    nvidia: 'Nvidia: chip designer', tsmc: 'TSMC: foundry', huawei: 'Huawei: China\u2019s chip maker',
    buyer: 'A cloud company buying chips', broker: 'A grey-market broker'
  };
  var POINTS = {
    'export-rules': 'Set the rules for exporting AI chips to China this quarter.',
    'import-policy': 'Decide how China treats imports of each chip, the domestic share, and Huawei\u2019s subsidy.',
    'supply': 'Order wafers from TSMC, start designing compliant variants, write off dead stock.',
    'licence-requests': 'Ask Washington for licences to sell chips into China.',
    'sales': 'Set your prices and how many units you offer in China and elsewhere.',
    'capacity': 'Share out your wafer capacity among the customers, and decide on expansion.',
    'production': 'Decide how many of each chip to make with the dies, HBM and packaging you have.',
    'prices': 'Set your ask for each chip in stock.',
    'purchases': 'Place your bids for chips: units and the most you pay per unit.',
    'trading': 'Buy chips abroad to resell into China, and set your markup.'
  };
  var $ = function (id) { return document.getElementById(id); };
  var socket;
  var ticket = null;
  var editor = null;
  var deadline = null;
  var paused = false;
  var status = '';

  function show(joined) {
    $('join').hidden = joined;
    $('seat').hidden = !joined;
  }

  function onOpen() {
    var token = localStorage.getItem(KEY);
    if (token) { socket.send({type: 'hello', token: token}); } else { show(false); }
  }

  function onMessage(m) {
    if (m.type === 'welcome') {
      localStorage.setItem(KEY, m.token);
      show(true);
      $('join-error').textContent = '';
    } else if (m.type === 'refused') {
      if (m.what === 'join') { $('join-error').textContent = m.reason; $('join-button').disabled = false; }
      else if (m.what === 'hello') { localStorage.removeItem(KEY); show(false); $('join-error').textContent = m.reason; }
      else if (m.what === 'decide') { $('decision-error').textContent = m.reason; $('submit') && ($('submit').disabled = false); }
      else { $('decision-error').textContent = m.reason; }
    } else if (m.type === 'accepted') {
      $('decision-error').textContent = '';
      $('decision-note').textContent = 'Your decision is in. Waiting for the next question\u2026';
    } else if (m.type === 'view') {
      render(m);
    } else if (m.type === 'closed') {
      localStorage.removeItem(KEY);
      show(false);
      $('join-error').textContent = m.reason;
    }
  }

  function render(v) {
    if (v.mode === 'matrix') { renderMatrix(v); return; }
    status = v.status;
    document.body.classList.toggle('finished', v.status === 'debrief');
    var seat = v.seat;
    $('who').textContent = v.name + ' \u00b7 ' + (ROLES[seat.role] || seat.role) + ' (' + seat.id + ')' +
        (seat.team.length > 1 ? ' \u00b7 team: ' + seat.team.join(', ') : '');
    var banner = $('banner');
    banner.className = 'banner';
    if (v.status === 'lobby') {
      banner.textContent = 'You are ' + (ROLES[seat.role] || seat.role) + ' (' + seat.id + '). The class starts when the teacher says so.';
    } else if (v.status === 'paused') {
      banner.textContent = 'The teacher has paused the class.';
      banner.className = 'banner waiting';
    } else if (v.status === 'debrief') {
      banner.textContent = 'The class has finished. Below: every role\u2019s payoff.';
      banner.className = 'banner done';
    } else if (v.status === 'failed') {
      banner.textContent = 'The run stopped: ' + (v.failure || '');
    } else if (v.ask) {
      banner.textContent = v.ask.quarter + ': your seat decides now. ' + (POINTS[v.ask.point] || '');
      banner.className = 'banner waiting';
    } else {
      banner.textContent = 'The other players are deciding. Your next question comes soon.';
    }
    if (seat.bot) { banner.textContent += ' A bot plays your seat for now.'; }
    $('decision-note').textContent = seat.note || '';
    renderAsk(v.ask, v.status);
    MarketCharts.update(v.market || []);
    renderHistory(seat.history || []);
    if (v.debrief) { renderDebrief(v.debrief); }
  }

  function renderAsk(ask, state) {
    paused = state === 'paused';
    if (!ask) {
      ticket = null;
      editor = null;
      deadline = null;
      $('decision-title').textContent = 'Your decision';
      $('decision-help').textContent = state === 'debrief' ? 'No more questions.' : 'No question for your seat right now.';
      $('decision-form').textContent = '';
      $('observation').textContent = '';
      return;
    }
    deadline = Date.now() + ask.millisLeft;
    if (ask.ticket === ticket) { return; }
    ticket = ask.ticket;
    $('decision-title').textContent = ask.quarter + ' \u00b7 ' + Forms.words(ask.point);
    $('decision-help').textContent = (POINTS[ask.point] || '') + ' The form starts from what your role\u2019s policy would do.';
    $('decision-error').textContent = '';
    var form = $('decision-form');
    form.textContent = '';
    editor = Forms.editor(ask.schema, ask.suggestion, ask.point);
    form.appendChild(editor.node);
    var submit = Forms.el('button', {type: 'submit', id: 'submit'}, 'Send my decision');
    form.appendChild(submit);
    $('observation').textContent = '';
    $('observation').appendChild(Forms.observation(ask.observation));
  }

  /* A matrix game: the payoff table, a choice among the player's strategies, the rounds so far. */
  function renderMatrix(v) {
    status = v.status;
    document.body.classList.toggle('finished', v.status === 'debrief');
    document.body.classList.add('matrix');
    var seat = v.seat;
    $('who').textContent = v.name + ' \u00b7 ' + v.game.name + ': ' + seat.role + ' in ' + seat.id +
        (seat.others.length ? ' with ' + seat.others.join(', ') : ' with a bot');
    var banner = $('banner');
    banner.className = 'banner';
    if (v.status === 'lobby') { banner.textContent = 'You play ' + seat.role + '. The rounds start when the teacher says so.'; }
    else if (v.status === 'paused') { banner.textContent = 'The teacher has paused the class.'; banner.className = 'banner waiting'; }
    else if (v.status === 'debrief') { banner.textContent = 'The rounds are over. Your total payoff: ' + MarketCharts.payoff(v.total); banner.className = 'banner done'; }
    else if (v.ask) { banner.textContent = v.ask.quarter + ': choose your strategy.'; banner.className = 'banner waiting'; }
    else { banner.textContent = 'Waiting for the others to choose\u2026'; }
    $('market-card').hidden = true;
    $('decision-note').textContent = v.total ? 'Your total payoff so far: ' + MarketCharts.payoff(v.total) : '';
    var ask = v.ask;
    paused = v.status === 'paused';
    if (!ask) {
      ticket = null; editor = null; deadline = null;
      $('decision-title').textContent = v.status === 'debrief' ? 'No more rounds' : 'Your choice';
      $('decision-help').textContent = '';
      $('decision-form').textContent = '';
    } else {
      deadline = Date.now() + ask.millisLeft;
      if (ask.ticket !== ticket) {
        ticket = ask.ticket;
        $('decision-title').textContent = ask.quarter;
        $('decision-help').textContent = 'Choose one strategy; you see the others\u2019 after the round.';
        $('decision-error').textContent = '';
        var form = $('decision-form');
        form.textContent = '';
        ask.options.forEach(function (o, i) {
          var label = Forms.el('label', {'class': 'choice'});
          var radio = Forms.el('input', {type: 'radio', name: 'strategy', value: o, 'aria-label': o});
          if (i === 0) { radio.checked = true; }
          label.appendChild(radio);
          label.appendChild(document.createTextNode(' ' + o));
          form.appendChild(label);
        });
        editor = {read: function () {
          var checked = form.querySelector('input[name=strategy]:checked');
          if (!checked) { throw 'choose a strategy'; }
          return {strategy: checked.value};
        }};
        form.appendChild(Forms.el('button', {type: 'submit', id: 'submit'}, 'Send my choice'));
      }
    }
    var box = $('observation');
    box.textContent = '';
    box.appendChild(Forms.el('p', {'class': 'muted'}, v.game.description || ''));
    box.appendChild(payoffTable(v.game, seat.player));
    var rows = (v.rounds || []);
    document.querySelector('#history-card h2').textContent = 'Your group\u2019s rounds';
    var history = $('history');
    history.textContent = '';
    var t = Forms.el('table');
    var head = Forms.el('tr');
    ['Round', 'Player', 'Student', 'Strategy', 'Payoff', 'Decided by'].forEach(function (h) { head.appendChild(Forms.el('th', null, h)); });
    t.appendChild(head);
    rows.slice().reverse().forEach(function (r) {
      var tr = Forms.el('tr');
      [String(r.round), r.player, r.student || 'bot', r.strategy, MarketCharts.payoff(r.payoff), r.decidedBy].forEach(function (c) {
        tr.appendChild(Forms.el('td', null, c));
      });
      t.appendChild(tr);
    });
    history.appendChild(rows.length ? t : Forms.el('p', {'class': 'muted'}, 'No round played yet.'));
    if (v.debrief) { renderDebrief(v.debrief); }
  }

  /* Two players: rows are the first player's strategies, columns the second's; each cell "first, second". */
  function payoffTable(game, me) {
    var t = Forms.el('table', {'class': 'matrix'});
    if (game.players.length !== 2) {
      game.payoffs.forEach(function (cell) {
        var tr = Forms.el('tr');
        tr.appendChild(Forms.el('td', null, cell.profile.map(function (s, p) { return game.strategies[p][s]; }).join(' / ')));
        tr.appendChild(Forms.el('td', null, cell.payoffs.join(', ')));
        t.appendChild(tr);
      });
      return t;
    }
    var head = Forms.el('tr');
    head.appendChild(Forms.el('th', null, game.players[0] + ' \\ ' + game.players[1]));
    game.strategies[1].forEach(function (s) { head.appendChild(Forms.el('th', null, s)); });
    t.appendChild(head);
    game.strategies[0].forEach(function (rowStrategy, r) {
      var tr = Forms.el('tr');
      tr.appendChild(Forms.el('th', null, rowStrategy));
      game.strategies[1].forEach(function (colStrategy, c) {
        var cell = game.payoffs.filter(function (x) { return x.profile[0] === r && x.profile[1] === c; })[0];
        var td = Forms.el('td');
        cell.payoffs.forEach(function (value, p) {
          var span = Forms.el('span', p === me ? {'class': 'mine'} : null, MarketCharts.payoff(value).replace(/\.00$/, ''));
          td.appendChild(span);
          if (p === 0) { td.appendChild(document.createTextNode(', ')); }
        });
        tr.appendChild(td);
      });
      t.appendChild(tr);
    });
    var note = Forms.el('div');
    note.appendChild(t);
    note.appendChild(Forms.el('p', {'class': 'muted'}, 'Each cell: ' + game.players[0] + '\u2019s payoff, ' + game.players[1] + '\u2019s payoff. Yours is in bold.'));
    return note;
  }

  function renderHistory(history) {
    var box = $('history');
    box.textContent = '';
    if (!history.length) { box.appendChild(Forms.el('p', {'class': 'muted'}, 'None yet.')); return; }
    var t = Forms.el('table');
    var head = Forms.el('tr');
    ['Quarter', 'Decision', 'Decided by', 'Why the policy decided'].forEach(function (h) { head.appendChild(Forms.el('th', null, h)); });
    t.appendChild(head);
    history.slice().reverse().forEach(function (h) {
      var tr = Forms.el('tr');
      [h.quarter, Forms.words(h.point), h.by === 'fallback' ? 'the role\u2019s policy' : h.by, h.reason || ''].forEach(function (c) {
        tr.appendChild(Forms.el('td', null, c));
      });
      t.appendChild(tr);
    });
    box.appendChild(t);
  }

  function renderDebrief(debrief) {
    $('debrief-card').hidden = false;
    var box = $('debrief');
    box.textContent = '';
    var t = Forms.el('table');
    var head = Forms.el('tr');
    ['Seat', 'Role', 'Played by', 'Payoff', 'Decided by students', 'By the policy'].forEach(function (h, i) {
      head.appendChild(Forms.el('th', i >= 3 ? {'class': 'num'} : null, h));
    });
    t.appendChild(head);
    debrief.payoffs.forEach(function (p) {
      var tr = Forms.el('tr');
      [p.agent, p.role, p.playedBy === 'students' ? p.team || 'students' : p.playedBy].forEach(function (c) {
        tr.appendChild(Forms.el('td', null, c));
      });
      [MarketCharts.payoff(p.payoff), String(p.decidedByStudents), String(p.fallbacks)].forEach(function (c) {
        tr.appendChild(Forms.el('td', {'class': 'num'}, c));
      });
      t.appendChild(tr);
    });
    box.appendChild(t);
    if (debrief.report && !$('report-anchor')) {
      var p = Forms.el('p');
      var a = Forms.el('a', {href: debrief.report, id: 'report-anchor', target: '_blank', rel: 'noopener'}, 'Open the run\u2019s full report');
      p.appendChild(a);
      box.parentNode.appendChild(p);
    }
  }

  function tick() {
    var clock = $('clock');
    if (deadline === null || status === 'debrief') { clock.textContent = ''; clock.className = 'clock'; return; }
    if (paused) { clock.textContent = 'paused'; clock.className = 'clock'; return; }
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ':' + ('0' + (left % 60)).slice(-2) + ' left';
    clock.className = left <= 15 ? 'clock low' : 'clock';
  }

  document.addEventListener('DOMContentLoaded', function () {
    show(!!localStorage.getItem(KEY));
    $('join-form').addEventListener('submit', function (e) {
      e.preventDefault();
      $('join-button').disabled = true;
      if (!socket.send({type: 'join', room: $('room').value.trim(), name: $('name').value.trim()})) {
        $('join-error').textContent = 'Not connected to the class yet; try again in a moment.';
        $('join-button').disabled = false;
      }
    });
    $('decision-form').addEventListener('submit', function (e) {
      e.preventDefault();
      if (!editor || !ticket) { return; }
      var decision;
      try { decision = editor.read(); } catch (problem) { $('decision-error').textContent = String(problem); return; }
      $('decision-error').textContent = '';
      $('submit').disabled = true;
      socket.send({type: 'decide', ticket: ticket, decision: decision});
    });
    socket = ClassSocket.open(onOpen, onMessage, function (up) {
      document.body.classList.toggle('offline', !up);
    });
    setInterval(tick, 250);
  });
})();
