/* The one WebSocket of a page: connects to this server, says who it is on every (re)connection, reconnects. */
'use strict';
var ClassSocket = (function () {
  function open(onOpen, onMessage, onState) {
    var socket = null;
    var delay = 500;
    var stopped = false;
    function connect() {
      var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
      socket = new WebSocket(scheme + location.host + '/ws');
      socket.onopen = function () { delay = 500; onState(true); onOpen(); };
      socket.onmessage = function (event) {
        var message;
        try { message = JSON.parse(event.data); } catch (e) { return; }
        if (message.type === 'closed') { stopped = true; }
        onMessage(message);
      };
      socket.onclose = function () {
        onState(false);
        if (!stopped) { setTimeout(connect, delay); delay = Math.min(delay * 2, 8000); }
      };
    }
    connect();
    return {
      send: function (message) {
        if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(message)); return true; }
        return false;
      },
      stop: function () { stopped = true; if (socket) { socket.close(); } }
    };
  }
  return { open: open };
})();
