/* Draws a chipsim report's charts from the JSON in #report-data with ECharts (inlined above).
   Formatters live here because JSON cannot carry functions; formatNumber mirrors Unit.java. */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);

  function decimals(v, places) {
    var s = v.toFixed(places);
    if (s.indexOf('.') >= 0) {
      s = s.replace(/0+$/, '').replace(/\.$/, '');
    }
    if (s.charAt(0) === '-') {
      s = '\u2212' + s.substring(1);
    }
    return s === '\u22120' ? '0' : s;
  }

  function threeDigits(v) {
    return decimals(v, v >= 100 ? 0 : v >= 10 ? 1 : 2);
  }

  function compact(abs) {
    if (abs >= 1e9) { return threeDigits(abs / 1e9) + 'bn'; }
    if (abs >= 1e6) { return threeDigits(abs / 1e6) + 'M'; }
    if (abs >= 1e3) { return threeDigits(abs / 1e3) + 'k'; }
    return threeDigits(abs);
  }

  function formatNumber(unit, value) {
    if (value === null || value === undefined || typeof value !== 'number' || !isFinite(value)) {
      return '\u2013';
    }
    var sign = value < 0 ? '\u2212' : '';
    switch (unit) {
      case 'usd': return sign + '$' + compact(Math.abs(value));
      case 'share': {
        var pct = value * 100;
        return decimals(pct, Math.abs(pct) >= 10 || pct === 0 ? 0 : 1) + '%';
      }
      case 'plain': return Math.abs(value) >= 1000 ? sign + compact(Math.abs(value)) : decimals(value, 2);
      default: return sign + compact(Math.abs(value));
    }
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  /* A confidence band: one polygon through the upper bounds and back along the lower ones.
     Each data item is [x, low, high, row]; ECharts calls this once per item, so only the first draws. */
  function renderBand(points, params, api) {
    if (params.dataIndex !== 0) {
      return null;
    }
    var upper = [];
    var lower = [];
    points.forEach(function (p) {
      if (p[1] !== null && p[2] !== null) {
        upper.push(api.coord([p[0], p[2]]));
        lower.unshift(api.coord([p[0], p[1]]));
      }
    });
    return {
      type: 'polygon',
      shape: {points: upper.concat(lower)},
      style: {fill: api.visual('color'), opacity: 0.18},
      silent: true
    };
  }

  function prepareSeriesChart(spec, option) {
    var unit = spec.unit;
    var format = function (v) { return formatNumber(unit, v); };
    option.yAxis.axisLabel = {formatter: format};
    if (option.xAxis.type === 'value') {
      option.xAxis.axisLabel = {formatter: function (v) { return formatNumber('plain', v); }};
    }
    option.tooltip.valueFormatter = format;
    option.series.forEach(function (s) {
      if (s.chipsimBand) {
        var points = s.data;
        s.renderItem = function (params, api) { return renderBand(points, params, api); };
      }
    });
    if (spec.rowTooltips) {
      /* Rows written by EChartsOptions: a point's mean with its interval. Array data ends with the row index. */
      option.tooltip.formatter = function (params) {
        var first = Array.isArray(params) ? params[0] : params;
        var row = Array.isArray(first.data) ? first.data[first.data.length - 1] : first.dataIndex;
        return spec.rowTooltips[row] || '';
      };
    }
  }

  function prepareHeatmap(spec, option) {
    var levels = {};
    (spec.levels || []).forEach(function (l) { levels[l.value] = l.label; });
    var describe = function (v) {
      return levels.hasOwnProperty(v) ? levels[v] : formatNumber(spec.unit, v);
    };
    option.tooltip.formatter = function (p) {
      return escapeHtml(spec.y[p.value[1]]) + ' \u00b7 ' + escapeHtml(spec.x[p.value[0]]) + ': <b>'
          + escapeHtml(describe(p.value[2])) + '</b>';
    };
    if (option.visualMap.type === 'continuous') {
      option.visualMap.formatter = function (v) { return formatNumber(spec.unit, v); };
    }
    if (spec.cellLabels) {
      option.series[0].label = {show: true, formatter: function (p) { return formatNumber(spec.unit, p.value[2]); }};
    }
  }

  function prepareTimeline(spec, option) {
    option.tooltip.formatter = function (p) {
      var events = p.data.events || [];
      return '<b>' + escapeHtml(option.xAxis.data[p.value[0]]) + ' \u00b7 ' + escapeHtml(p.seriesName) + '</b><br>'
          + events.map(escapeHtml).join('<br>');
    };
    option.series.forEach(function (s) {
      s.label.formatter = function (p) { return String(p.value[2]); };
    });
  }

  function optionFor(spec) {
    var option = JSON.parse(JSON.stringify(spec.option));
    if (spec.kind === 'series') { prepareSeriesChart(spec, option); }
    if (spec.kind === 'heatmap') { prepareHeatmap(spec, option); }
    if (spec.kind === 'timeline') { prepareTimeline(spec, option); }
    return option;
  }

  var charts = [];
  document.querySelectorAll('section[data-figure]').forEach(function (section) {
    var figure = data.figures[section.getAttribute('data-figure')];
    var box = section.querySelector('.chart');
    var reading = section.querySelector('.reading');
    var chart = echarts.init(box, null, {renderer: 'canvas'});
    charts.push(chart);
    chart.on('finished', function () { box.setAttribute('data-rendered', 'true'); });
    function show(index) {
      var spec = figure.choices[index];
      box.removeAttribute('data-rendered');
      reading.textContent = spec.reading;
      box.setAttribute('aria-label', spec.title + '. ' + spec.reading);
      chart.setOption(optionFor(spec), true);
    }
    var chooser = section.querySelector('select');
    if (chooser) {
      chooser.addEventListener('change', function () { show(Number(chooser.value)); });
    }
    show(0);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });

  /* Tables with class "sortable": a click on a heading sorts by that column (numbers by data-value). */
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headings = table.querySelectorAll('thead th');
    headings.forEach(function (th, column) {
      th.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') !== 'descending';
        headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-value');
          var y = b.cells[column].getAttribute('data-value');
          var nx = parseFloat(x);
          var ny = parseFloat(y);
          var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : String(x).localeCompare(String(y));
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  document.body.setAttribute('data-charts', String(charts.length));
})();
