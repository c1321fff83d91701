/* The live market charts: compute, shares of China's purchases, prices; redrawn when a quarter is added. */
'use strict';
var MarketCharts = (function () {
  var charts = {};
  var lastKey = '';

  function chart(id) {
    if (!charts[id]) {
      var box = document.getElementById(id);
      if (!box || typeof echarts === 'undefined') { return null; }
      charts[id] = echarts.init(box, null, {renderer: 'canvas'});
      window.addEventListener('resize', function () { charts[id].resize(); });
    }
    return charts[id];
  }

  function base(title, quarters, yFormatter) {
    return {
      animation: false,
      title: {text: title, left: 0, textStyle: {fontSize: 15, fontWeight: 600}},
      tooltip: {trigger: 'axis', valueFormatter: yFormatter},
      legend: {top: 24, left: 0, textStyle: {fontSize: 12}},
      grid: {left: 64, right: 16, top: 70, bottom: 30},
      xAxis: {type: 'category', data: quarters, axisLabel: {fontSize: 12}},
      yAxis: {type: 'value', axisLabel: {fontSize: 12, formatter: yFormatter}},
      graphic: quarters.length ? [] : [{type: 'text', left: 'center', top: 'middle',
        style: {text: 'no quarter has finished yet', fill: '#5b6475', fontSize: 14}}]
    };
  }

  function compact(v) {
    if (v === null || v === undefined) { return '—'; }
    var a = Math.abs(v);
    if (a >= 1e9) { return (v / 1e9).toFixed(1) + ' bn'; }
    if (a >= 1e6) { return (v / 1e6).toFixed(1) + ' m'; }
    if (a >= 1e3) { return (v / 1e3).toFixed(0) + ' k'; }
    return String(Math.round(v));
  }

  function percent(v) { return v === null || v === undefined ? '—' : (v * 100).toFixed(0) + ' %'; }
  function dollars(v) { return v === null || v === undefined ? '—' : '$' + compact(v); }

  function line(name, data) {
    return {name: name, type: 'line', data: data, showSymbol: data.length < 20, lineStyle: {width: 3}, connectNulls: false};
  }

  function payoff(v) {
    return Math.abs(v) >= 1000 ? compact(v) : v.toFixed(2);
  }

  function update(market) {
    var key = JSON.stringify(market);
    if (key === lastKey) { return; }
    lastKey = key;
    var quarters = market.map(function (p) { return p.quarter; });
    var compute = chart('chart-compute');
    if (compute) {
      var o = base('Installed compute (H100-equivalents)', quarters, compact);
      o.series = [line('China', market.map(function (p) { return p.china_compute_h100e; })),
        line('US', market.map(function (p) { return p.us_compute_h100e; }))];
      compute.setOption(o, true);
    }
    var shares = chart('chart-shares');
    if (shares) {
      var s = base('Shares of Chinese buyers\u2019 units', quarters, percent);
      s.yAxis.max = 1;
      s.series = [line('Huawei', market.map(function (p) { return p.huawei_share_china; })),
        line('US chips', market.map(function (p) { return p.us_chip_share_china; }))];
      shares.setOption(s, true);
    }
    var prices = chart('chart-prices');
    if (prices) {
      var chips = [];
      market.forEach(function (p) { Object.keys(p.prices || {}).forEach(function (c) { if (chips.indexOf(c) < 0) { chips.push(c); } }); });
      chips.sort();
      var q = base('Average price per chip (USD)', quarters, dollars);
      q.series = chips.map(function (c) {
        return line(c, market.map(function (p) { var v = (p.prices || {})[c]; return v === undefined ? null : v; }));
      });
      prices.setOption(q, true);
    }
    document.body.setAttribute('data-quarters-charted', String(market.length));
  }

    /* Choices of a matrix game: per player, the share of each strategy by round, and overall against the equilibria. */
  function choices(game, rows) {
    var key = JSON.stringify(rows) + game.name;
    if (key === lastKey) { return; }
    lastKey = key;
    var rounds = [];
    rows.forEach(function (r) { if (rounds.indexOf(r.round) < 0) { rounds.push(r.round); } });
    ['chart-compute', 'chart-shares'].forEach(function (id, p) {
      var c = chart(id);
      if (!c || p >= game.players.length) { return; }
      var player = game.players[p];
      var o = base('Choices of ' + player + ', by round', rounds.map(function (r) { return 'round ' + r; }), percent);
      o.yAxis.max = 1;
      o.series = game.strategies[p].map(function (s) {
        return {name: s, type: 'bar', stack: 'share', data: rounds.map(function (r) {
          var mine = rows.filter(function (x) { return x.round === r && x.player === player; });
          return mine.length ? mine.filter(function (x) { return x.strategy === s; }).length / mine.length : null;
        })};
      });
      c.setOption(o, true);
    });
    var all = chart('chart-prices');
    if (all) {
      var labels = [];
      var observed = [];
      var equilibria = game.equilibria.map(function () { return []; });
      game.players.forEach(function (player, p) {
        var mine = rows.filter(function (x) { return x.player === player; });
        game.strategies[p].forEach(function (s, i) {
          labels.push(player + ': ' + s);
          observed.push(mine.length ? mine.filter(function (x) { return x.strategy === s; }).length / mine.length : null);
          game.equilibria.forEach(function (e, k) { equilibria[k].push(e[p][i]); });
        });
      });
      var q = base('All rounds: the class against the equilibria', labels, percent);
      q.yAxis.max = 1;
      q.xAxis.axisLabel = {interval: 0, fontSize: 11};
      q.series = [{name: 'the class', type: 'bar', data: observed}].concat(equilibria.map(function (data, k) {
        return {name: 'equilibrium ' + (k + 1), type: 'bar', data: data};
      }));
      all.setOption(q, true);
    }
    document.body.setAttribute('data-rounds-charted', String(rounds.length));
  }

  return {update: update, compact: compact, payoff: payoff, choices: choices};
})();
