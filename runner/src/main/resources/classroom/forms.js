/*
 * Forms built from a decision's schema (kinds, units, ranges) and filled with the role's policy's
 * suggestion; the same ranges are checked here for the student and again on the server.
 * Also renders an observation as readable tables.
 */
'use strict';
var Forms = (function () {

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function words(name) {
    var spaced = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ');
    var text = spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
    return text.replace(/\bus\b/gi, 'US').replace(/\bchina\b/g, 'China').replace(/\bhuawei\b/g, 'Huawei')
        .replace(/\busd\b/gi, '(USD)').replace(/\btpp\b/gi, 'TPP').replace(/\bh100e\b/gi, '(H100e)')
        .replace(/\byo y\b/, 'year on year').replace(/\bbf16\b/, 'BF16');
  }

  function formatNumber(value, name) {
    if (typeof value !== 'number' || !isFinite(value)) { return String(value); }
    var n = String(name || '');
    if (/Usd$|usd$|Usd\b/.test(n)) { return '$' + Math.round(value).toLocaleString('en-US'); }
    if (/share|Share|Ratio$|ratio$|Chance|Belief|Probability|enforcement|Coverage|Growth/.test(n) && Math.abs(value) <= 1.5) {
      return (value * 100).toFixed(1) + ' %';
    }
    if (Math.abs(value) >= 1000) { return Math.round(value).toLocaleString('en-US'); }
    return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
  }

  function rangeText(schema) {
    if (schema.min === undefined) { return ''; }
    var unit = schema.unit ? ' ' + schema.unit : '';
    return formatRange(schema.min) + ' to ' + formatRange(schema.max) + unit;
  }

  function formatRange(v) {
    if (v >= 1e6) { return '10^' + Math.round(Math.log10(v)); }
    return String(v);
  }

  /* One input for a scalar; returns {node, read()} where read() gives the value or throws a message. */
  function scalar(schema, value, label) {
    var input;
    if (schema.kind === 'boolean') {
      input = el('input', {type: 'checkbox', 'aria-label': label});
      input.checked = !!value;
      return {node: input, read: function () { return input.checked; }};
    }
    if (schema.kind === 'choice') {
      input = el('select', {'aria-label': label});
      schema.options.forEach(function (o) {
        var option = el('option', {value: o}, words(o));
        if (o === value) { option.selected = true; }
        input.appendChild(option);
      });
      return {node: input, read: function () { return input.value; }};
    }
    if (schema.kind === 'integer' || schema.kind === 'number') {
      input = el('input', {type: 'number', 'aria-label': label, step: schema.kind === 'integer' ? '1' : 'any'});
      if (schema.min !== undefined) { input.min = schema.min; input.max = schema.max; }
      input.value = value === undefined || value === null ? '' : String(value);
      var read = function () {
        var text = input.value.trim();
        if (text === '') { throw label + ' is missing'; }
        var number = Number(text);
        if (!isFinite(number)) { throw label + ': "' + text + '" is not a number'; }
        if (schema.kind === 'integer' && !Number.isInteger(number)) { throw label + ' must be a whole number'; }
        if (schema.min !== undefined && (number < schema.min || number > schema.max)) {
          throw label + ': ' + text + ' is outside ' + rangeText(schema);
        }
        return number;
      };
      input.addEventListener('input', function () {
        try { read(); input.classList.remove('invalid'); input.title = ''; }
        catch (problem) { input.classList.add('invalid'); input.title = problem; }
      });
      return {node: input, read: read};
    }
    input = el('input', {type: 'text', 'aria-label': label, maxlength: '400'});
    input.value = value === undefined || value === null ? '' : String(value);
    return {node: input, read: function () { return input.value; }};
  }

  function isScalar(schema) {
    return ['integer', 'number', 'boolean', 'choice', 'text'].indexOf(schema.kind) >= 0;
  }

  /* A list of strings is typed as names separated by commas. */
  function stringList(value, label) {
    var input = el('input', {type: 'text', 'aria-label': label, placeholder: 'none; names separated by commas'});
    input.value = (value || []).join(', ');
    return {node: input, read: function () {
      return input.value.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s.length; });
    }};
  }

  /* Builds the editor of one value; returns {node, read()}. */
  function editor(schema, value, label) {
    if (isScalar(schema)) { return scalar(schema, value, label); }
    if (schema.kind === 'list' && schema.item.kind === 'text') { return stringList(value, label); }
    if (schema.kind === 'record') { return record(schema, value || {}, label); }
    if (schema.kind === 'map') { return map(schema, value || {}, label); }
    if (schema.kind === 'list') { return list(schema, value || [], label); }
    return scalar({kind: 'text'}, value, label);
  }

  function record(schema, value, label) {
    var box = el('div', {'class': 'record'});
    var readers = {};
    Object.keys(schema.fields).forEach(function (name) {
      var field = schema.fields[name];
      var child = editor(field, value[name], name);
      readers[name] = child.read;
      if (isScalar(field) || (field.kind === 'list' && field.item.kind === 'text')) {
        var row = el('div', {'class': 'field'});
        var title = el('span', {'class': 'name'}, words(name));
        row.appendChild(title);
        var right = el('div');
        right.appendChild(child.node);
        var range = rangeText(field);
        if (range) { right.appendChild(el('div', {'class': 'range'}, range)); }
        row.appendChild(right);
        box.appendChild(row);
      } else {
        var heading = el('h3', null, words(name) + (rangeText(field.value || field.item || {}) ?
            '  (' + rangeText(field.value || field.item) + ')' : ''));
        box.appendChild(heading);
        box.appendChild(child.node);
      }
    });
    return {node: box, read: function () {
      var out = {};
      Object.keys(readers).forEach(function (name) { out[name] = readers[name](); });
      return out;
    }};
  }

  /* A map: one row per key of the suggestion (the chips, the customers), the value edited in place. */
  function map(schema, value, label) {
    var keys = Object.keys(value);
    if (!keys.length) { return {node: el('p', {'class': 'muted'}, 'nothing to set this quarter'), read: function () { return {}; }}; }
    var table = el('table', {'class': 'form-table'});
    var readers = {};
    if (schema.value.kind === 'record') {
      var head = el('tr');
      head.appendChild(el('th', null, ''));
      Object.keys(schema.value.fields).forEach(function (f) { head.appendChild(el('th', null, words(f))); });
      table.appendChild(head);
    }
    keys.forEach(function (key) {
      var row = el('tr');
      row.appendChild(el('th', null, key));
      if (schema.value.kind === 'record') {
        var cells = {};
        Object.keys(schema.value.fields).forEach(function (f) {
          var child = editor(schema.value.fields[f], value[key][f], label + '.' + key + '.' + f);
          var cell = el('td');
          cell.appendChild(child.node);
          row.appendChild(cell);
          cells[f] = child.read;
        });
        readers[key] = function () {
          var out = {};
          Object.keys(cells).forEach(function (f) { out[f] = cells[f](); });
          return out;
        };
      } else {
        var child = editor(schema.value, value[key], label + '.' + key);
        var cell = el('td');
        cell.appendChild(child.node);
        row.appendChild(cell);
        readers[key] = child.read;
      }
      table.appendChild(row);
    });
    return {node: table, read: function () {
      var out = {};
      keys.forEach(function (k) { out[k] = readers[k](); });
      return out;
    }};
  }

  /* A list of records (bids, purchases): a row each, rows can be removed, and a copy of the first added. */
  function list(schema, value, label) {
    var box = el('div');
    var table = el('table', {'class': 'form-table'});
    var fields = Object.keys(schema.item.fields || {});
    var head = el('tr');
    fields.forEach(function (f) { head.appendChild(el('th', null, words(f))); });
    head.appendChild(el('th'));
    table.appendChild(head);
    var rows = [];
    var template = value.length ? value[0] : {};
    function addRow(item) {
      var tr = el('tr');
      var cells = {};
      fields.forEach(function (f) {
        var child = editor(schema.item.fields[f], item[f], label + '[].' + f);
        var td = el('td');
        td.appendChild(child.node);
        tr.appendChild(td);
        cells[f] = child.read;
      });
      var remove = el('button', {type: 'button', 'class': 'secondary'}, 'remove');
      var entry = {tr: tr, cells: cells};
      remove.addEventListener('click', function () { table.removeChild(tr); rows.splice(rows.indexOf(entry), 1); });
      var td = el('td');
      td.appendChild(remove);
      tr.appendChild(td);
      rows.push(entry);
      table.appendChild(tr);
    }
    value.forEach(addRow);
    box.appendChild(table);
    if (fields.length) {
      var add = el('button', {type: 'button', 'class': 'secondary'}, 'add a row');
      add.addEventListener('click', function () { addRow(template); });
      box.appendChild(add);
    }
    return {node: box, read: function () {
      return rows.map(function (r) {
        var out = {};
        Object.keys(r.cells).forEach(function (f) { out[f] = r.cells[f](); });
        return out;
      });
    }};
  }

  /* The observation as tables: scalars first, then each map or list as its own table. */
  function observation(value, title) {
    var box = el('div');
    var scalars = el('table', {'class': 'obs-table'});
    var nested = [];
    Object.keys(value).forEach(function (key) {
      var v = value[key];
      if (v === null || typeof v !== 'object') {
        var tr = el('tr');
        tr.appendChild(el('td', null, words(key)));
        tr.appendChild(el('td', {'class': 'num'}, v === null ? '—' : typeof v === 'number' ? formatNumber(v, key) : String(v)));
        scalars.appendChild(tr);
      } else {
        nested.push(key);
      }
    });
    if (scalars.childNodes.length) { box.appendChild(scalars); }
    nested.forEach(function (key) {
      var v = value[key];
      box.appendChild(el('h3', null, key === 'last' ? 'The market last quarter' : words(key)));
      var scroll = el('div', {'class': 'scroll'});
      scroll.appendChild(table(v, key));
      box.appendChild(scroll);
    });
    return box;
  }

  function cell(v, name) {
    if (v === null || v === undefined) { return '—'; }
    if (typeof v === 'number') { return formatNumber(v, name); }
    if (Array.isArray(v)) { return v.map(function (x) { return typeof x === 'object' ? (x.id || JSON.stringify(x)) : String(x); }).join(', ') || '—'; }
    if (typeof v === 'object') { return Object.keys(v).map(function (k) { return k + ': ' + cell(v[k], k); }).join('; ') || '—'; }
    return String(v);
  }

  /* A map or list as a table: rows of records get a column per field; anything else a value column. */
  function table(v, name) {
    var rows = Array.isArray(v) ? v.map(function (x, i) { return [x && x.id ? x.id : (x && x.chipId) || String(i + 1), x]; })
        : Object.keys(v).map(function (k) { return [k, v[k]]; });
    if (!rows.length) { return el('p', {'class': 'muted'}, 'none'); }
    var records = rows.every(function (r) { return r[1] !== null && typeof r[1] === 'object' && !Array.isArray(r[1]); });
    if (!Array.isArray(v) && !records && rows.some(function (r) { return r[1] !== null && typeof r[1] === 'object'; })) {
      return observation(v, name);
    }
    var t = el('table', {'class': 'obs-table'});
    if (records) {
      var columns = [];
      rows.forEach(function (r) { Object.keys(r[1]).forEach(function (c) { if (columns.indexOf(c) < 0) { columns.push(c); } }); });
      var head = el('tr');
      head.appendChild(el('th'));
      columns.forEach(function (c) { head.appendChild(el('th', {'class': 'num'}, words(c))); });
      t.appendChild(head);
      rows.forEach(function (r) {
        var tr = el('tr');
        tr.appendChild(el('td', null, r[0]));
        columns.forEach(function (c) { tr.appendChild(el('td', {'class': 'num'}, cell(r[1][c], c))); });
        t.appendChild(tr);
      });
    } else {
      rows.forEach(function (r) {
        var tr = el('tr');
        tr.appendChild(el('td', null, r[0]));
        tr.appendChild(el('td', {'class': 'num'}, cell(r[1], name)));
        t.appendChild(tr);
      });
    }
    return t;
  }

  return {editor: editor, observation: observation, words: words, formatNumber: formatNumber, el: el};
})();
