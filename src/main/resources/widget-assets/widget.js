/* Treasure Coast AI chat widget. No framework, no eval, no inline styles; every text via textContent. */
/* Split for length only: this file opens the closure and start() that widget-forms.js closes, so both share one scope and the browser still gets one script. */
(function () {
  'use strict';
  var me = document.currentScript;
  var violations = [];
  try {
    document.addEventListener('securitypolicyviolation', function (e) {
      violations.push({ directive: e.violatedDirective || e.effectiveDirective, uri: String(e.blockedURI || '') });
    });
    if (me && me.src) start(me);
  } catch (e) {
    warn(e);
  }

  function warn(e) {
    try { console.warn('[Treasure Coast AI widget]', e && e.message ? e.message : e); } catch (ignored) { /* nothing */ }
  }

  /** Wraps a handler so an error inside the widget never reaches the host page. */
  function safe(fn) {
    return function () {
      try { return fn.apply(this, arguments); } catch (e) { warn(e); }
    };
  }

  function el(tag, cls, text, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    if (attrs) for (var k in attrs) if (attrs[k] != null) e.setAttribute(k, attrs[k]);
    return e;
  }

  function rid() {
    var c = window.crypto;
    if (c && c.randomUUID) return c.randomUUID();
    var b = new Uint8Array(16);
    c.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }

  function store(kind) {
    try { return window[kind]; } catch (e) { return null; }
  }

  function start(me) {
    var clientId = me.getAttribute('data-client-id');
    var botId = me.getAttribute('data-bot-id');
    if (!clientId || !botId) return warn('data-client-id and data-bot-id are required');
    var base = new URL(me.src).origin;
    var cssHref = new URL('widget.css', me.src).href;
    var diag = me.getAttribute('data-diagnostics') === 'true' || location.hash === '#tcai-diagnostics';
    var path = '/' + encodeURIComponent(clientId) + '/' + encodeURIComponent(botId);
    var tag = clientId + ':' + botId;
    var queueKey = 'tcai:q:' + tag;
    var sessionKey = 'tcai:s:' + tag;
    var cfg = null;
    var busy = false;
    var started = false;
    var flushing = false;

    function api(kind) { return base + '/api/widget/' + kind + path; }

    /** fetch with a 10 s timeout; resolves {status, body} or rejects on network failure or timeout. */
    function call(method, kind, body, extra) {
      return new Promise(function (resolve, reject) {
        var ctl = window.AbortController ? new AbortController() : null;
        var timer = setTimeout(function () {
          if (ctl) ctl.abort();
          reject(new Error('timeout'));
        }, 10000);
        var h = { Accept: 'application/json' };
        if (body) h['Content-Type'] = 'application/json';
        for (var k in extra || {}) h[k] = extra[k];
        fetch(api(kind), {
          method: method, headers: h, body: body ? JSON.stringify(body) : undefined,
          credentials: 'omit', mode: 'cors', signal: ctl ? ctl.signal : undefined
        }).then(function (res) {
          return res.text().then(function (t) {
            var j = null;
            try { j = t ? JSON.parse(t) : null; } catch (e) { j = null; }
            clearTimeout(timer);
            resolve({ status: res.status, body: j });
          });
        }).catch(function (e) {
          clearTimeout(timer);
          reject(e);
        });
      });
    }

    // ---- the shadow DOM ----
    var host = el('div', null, null, { 'data-tcai-widget': '' });
    host.hidden = true;
    var root = host.attachShadow({ mode: 'open' });
    var link = el('link', null, null, { rel: 'stylesheet', href: cssHref });
    var cssState = 'loading';
    link.addEventListener('load', safe(function () { cssState = 'loaded'; host.hidden = false; }));
    link.addEventListener('error', safe(function () { cssState = 'failed'; if (diag) host.hidden = false; }));
    root.appendChild(link);
    var wrap = el('div', 'w right');
    root.appendChild(wrap);

    var launcher = el('button', 'launcher', 'Chat', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'tcai-panel' });
    launcher.hidden = true;
    var panel = el('div', 'panel', null, { id: 'tcai-panel', role: 'dialog', 'aria-modal': 'false' });
    panel.hidden = true;
    var head = el('div', 'head');
    var title = el('h2', 'title', 'Chat');
    var bookSlot = el('span', 'book-slot');
    var close = el('button', 'close', '\u00d7', { type: 'button', 'aria-label': 'Close chat' });
    head.appendChild(title);
    head.appendChild(bookSlot);
    head.appendChild(close);
    var log = el('div', 'log', null, { role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0' });
    var typing = el('div', 'typing', null, { role: 'status' });
    typing.appendChild(el('span', 'dots', null, { 'aria-hidden': 'true' }));
    typing.appendChild(el('span', 'sr', 'Typing\u2026'));
    typing.hidden = true;
    var quick = el('div', 'quick');
    var form = el('form', 'compose');
    var label = el('label', 'sr', 'Your message', { for: 'tcai-input' });
    var input = el('input', 'input', null, { id: 'tcai-input', type: 'text', maxlength: '2000', autocomplete: 'off', placeholder: 'Type your question\u2026' });
    var sendBtn = el('button', 'send', 'Send', { type: 'submit' });
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(sendBtn);
    var disclaimer = el('p', 'disclaimer');
    disclaimer.hidden = true;
    var sheet = el('div', 'sheet');
    sheet.hidden = true;
    [head, log, typing, quick, sheet, form, disclaimer].forEach(function (n) { panel.appendChild(n); });
    wrap.appendChild(panel);
    wrap.appendChild(launcher);
    (document.body || document.documentElement).appendChild(host);

    function setOpen(open) {
      panel.hidden = !open;
      launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
      wrap.classList.toggle('open', open);
      if (open) {
        if (!started) begin();
        input.focus();
      } else {
        launcher.focus();
      }
    }

    launcher.addEventListener('click', safe(function () { setOpen(panel.hidden); }));
    close.addEventListener('click', safe(function () { setOpen(false); }));
    wrap.addEventListener('keydown', safe(function (e) {
      if (e.key === 'Escape' && !panel.hidden) {
        if (!sheet.hidden) hideSheet(); else setOpen(false);
      }
    }));
    form.addEventListener('submit', safe(function (e) {
      e.preventDefault();
      send(input.value);
    }));

    function msg(who, text, extraClass) {
      var m = el('div', 'msg ' + who + (extraClass ? ' ' + extraClass : ''));
      m.appendChild(el('p', 'text', text));
      log.appendChild(m);
      log.scrollTop = log.scrollHeight;
      return m;
    }

    function button(text, cls, fn) {
      var b = el('button', cls || 'act', text, { type: 'button' });
      b.addEventListener('click', safe(fn));
      return b;
    }

    function begin() {
      started = true;
      var greet = cfg ? cfg.greeting : 'Hi! Leave your details and the team will get back to you.';
      msg('bot', greet);
      if (cfg && cfg.quickReplies) cfg.quickReplies.forEach(function (q) {
        quick.appendChild(button(q, 'chip', function () { send(q); }));
      });
      if (!cfg) leadForm(true);
    }

    function send(text) {
      text = (text || '').trim();
      if (!text || busy) return;
      if (text.length > 2000) text = text.slice(0, 2000);
      input.value = '';
      quick.hidden = true;
      msg('me', text);
      ask(text);
    }

    function ask(text) {
      if (!cfg) return failed(text);
      busy = true;
      typing.hidden = false;
      sendBtn.disabled = true;
      var sid = null;
      var ss = store('sessionStorage');
      try { sid = ss && ss.getItem(sessionKey); } catch (e) { sid = null; }
      var body = { message: text };
      if (sid) body.sessionId = sid;
      call('POST', 'chat', body).then(safe(function (r) {
        if (r.status === 200 && r.body && r.body.reply) return reply(r.body);
        if (r.status === 429) return failed(text, 'You are sending messages very quickly. Please wait a moment, then try again.');
        if (r.status === 400) return msg('bot', 'Please send a shorter message (up to 2000 characters).', 'error');
        failed(text);
      }), safe(function () { failed(text); })).then(function () {
        busy = false;
        typing.hidden = true;
        sendBtn.disabled = false;
      });
    }

    function reply(data) {
      try { if (data.sessionId) store('sessionStorage').setItem(sessionKey, data.sessionId); } catch (e) { /* private mode */ }
      var r = data.reply;
      var crisis = r.kind === 'crisis';
      var m = msg('bot', r.text, crisis ? 'crisis' : r.kind);
      if (crisis) {
        m.setAttribute('role', 'alert');
        m.insertBefore(el('strong', 'flag', 'Important'), m.firstChild);
      }
      if (r.sources && r.sources.length) {
        var ul = el('ul', 'sources', null, { 'aria-label': 'Sources' });
        r.sources.forEach(function (s) { ul.appendChild(el('li', null, s.title)); });
        m.appendChild(ul);
      }
      if (r.disclaimer) m.appendChild(el('p', 'note', r.disclaimer));
      var acts = el('div', 'acts');
      (data.actions || []).forEach(function (a) {
        if (a.type === 'lead_form') acts.appendChild(button('Leave your info', 'act', function () { leadForm(false); }));
        else if (a.type === 'book') { var b = bookControl(); if (b) acts.appendChild(b); }
        else if (a.type === 'call' && /^\+?[0-9 ()-]{6,20}$/.test(a.phone || '')) {
          acts.appendChild(el('a', 'act', 'Call ' + a.phone, { href: 'tel:' + a.phone.replace(/[^0-9+]/g, '') }));
        }
      });
      if (acts.firstChild) m.appendChild(acts);
    }

    function failed(text, why) {
      var offline = navigator.onLine === false;
      var m = msg('bot', why || (offline
        ? 'You seem to be offline. Try again when you are connected, or leave your info and we will send it as soon as you are back online.'
        : 'Sorry, we could not reach the chat just now. You can try again, or leave your info and the team will get back to you.'), 'error');
      var acts = el('div', 'acts');
      acts.appendChild(button('Retry', 'act', function () {
        m.remove();
        ask(text);
      }));
      acts.appendChild(button('Leave your info', 'act', function () { leadForm(false); }));
      m.appendChild(acts);
    }
