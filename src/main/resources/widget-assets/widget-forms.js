    // Still inside start() from widget.js (served joined, widget.js first): the forms need its state (cfg, sheet, input, msg, call) without a module system.

    // ---- booking ----
    function bookControl() {
      if (!cfg) return null;
      if (cfg.bookingMode === 'external' && /^https:\/\//.test(cfg.bookingUrl || '')) {
        var a = el('a', 'act book', 'Book online', { href: cfg.bookingUrl, target: '_blank', rel: 'noopener noreferrer' });
        a.addEventListener('click', safe(function () {
          var sid = null;
          try { sid = store('sessionStorage').getItem(sessionKey); } catch (e) { sid = null; }
          call('POST', 'booking-intents', sid ? { sessionId: sid } : {}).catch(function () { /* the link still opens */ });
        }));
        return a;
      }
      if (cfg.bookingMode === 'internal') return button('Request a booking', 'act book', bookingForm);
      return null;
    }

    // ---- forms (lead and booking request), shown in a sheet over the log ----
    function hideSheet() {
      sheet.hidden = true;
      while (sheet.firstChild) sheet.removeChild(sheet.firstChild);
      input.focus();
    }

    function field(f, name, text, type, required, extra) {
      var id = 'tcai-f-' + name;
      var row = el('div', 'row');
      row.appendChild(el('label', null, text + (required ? ' *' : ''), { for: id }));
      var i = type === 'textarea' ? el('textarea', null, null, { id: id, name: name, rows: '3', maxlength: '2000' })
        : el('input', null, null, { id: id, name: name, type: type, autocomplete: extra || 'off', maxlength: '200' });
      if (required) i.required = true;
      row.appendChild(i);
      f.appendChild(row);
      return i;
    }

    function openForm(heading, intro, fields, kind, submitText) {
      while (sheet.firstChild) sheet.removeChild(sheet.firstChild);
      var f = el('form', 'lead', null, { novalidate: '' });
      f.appendChild(el('h3', null, heading));
      if (intro) f.appendChild(el('p', 'intro', intro));
      var inputs = {};
      fields.forEach(function (d) { inputs[d[0]] = field(f, d[0], d[1], d[2], d[3], d[4]); });
      var consentRow = el('div', 'row check');
      var consent = el('input', null, null, { id: 'tcai-f-consent', type: 'checkbox', name: 'consent' });
      consentRow.appendChild(consent);
      consentRow.appendChild(el('label', null, 'I agree to be contacted about my request.', { for: 'tcai-f-consent' }));
      f.appendChild(consentRow);
      var status = el('p', 'status', null, { role: 'alert' });
      f.appendChild(status);
      var btns = el('div', 'acts');
      btns.appendChild(el('button', 'send', submitText, { type: 'submit' }));
      btns.appendChild(button('Cancel', 'act', hideSheet));
      f.appendChild(btns);
      f.addEventListener('submit', safe(function (e) {
        e.preventDefault();
        var body = {};
        for (var k in inputs) if (inputs[k].value.trim()) body[k] = inputs[k].value.trim();
        body.consent = consent.checked;
        var problem = !body.name ? 'Please enter your name.'
          : !body.email && !body.phone ? 'Please enter an email address or a phone number.'
          : !body.consent ? 'Please tick the box so we may contact you.' : null;
        if (problem) { status.textContent = problem; return; }
        try { var sid = store('sessionStorage').getItem(sessionKey); if (sid) body.sessionId = sid; } catch (x) { /* none */ }
        status.textContent = 'Sending\u2026';
        submit({ kind: kind, key: kind + '-' + rid(), body: body }, status);
      }));
      sheet.appendChild(f);
      sheet.hidden = false;
      inputs.name.focus();
    }

    function leadForm(offlineIntro) {
      openForm('Leave your info', offlineIntro && cfg == null ? 'We can\u2019t chat right now. Leave your details and we\u2019ll get back to you.'
        : (cfg && cfg.offlineMessage && offlineIntro ? cfg.offlineMessage : 'We\u2019ll get back to you as soon as we can.'),
        [['name', 'Name', 'text', true, 'name'], ['email', 'Email', 'email', false, 'email'], ['phone', 'Phone', 'tel', false, 'tel'],
          ['message', 'How can we help?', 'textarea', false]], 'leads', 'Send');
    }

    function bookingForm() {
      openForm('Request a booking', 'Tell us when suits you and we\u2019ll confirm.',
        [['name', 'Name', 'text', true, 'name'], ['email', 'Email', 'email', false, 'email'], ['phone', 'Phone', 'tel', false, 'tel'],
          ['service', 'Service', 'text', false], ['preferredTime', 'Preferred time', 'text', false], ['notes', 'Notes', 'textarea', false]],
        'booking-requests', 'Request booking');
    }

    function submit(item, status) {
      if (navigator.onLine === false) return queueItem(item, status);
      post(item).then(safe(function (r) {
        if (r.status === 201) { done(item); return; }
        if (r.status === 400 && r.body && r.body.errors) {
          status.textContent = r.body.errors.map(function (e) { return e.field + ': ' + e.message; }).join('. ');
          return;
        }
        if (r.status >= 500 || r.status === 429) return queueItem(item, status);
        status.textContent = (r.body && r.body.detail) || 'Sorry, this could not be sent.';
      }), safe(function () { queueItem(item, status); }));
    }

    function post(item) {
      return call('POST', item.kind, item.body, { 'Idempotency-Key': item.key });
    }

    function done(item) {
      hideSheet();
      msg('bot', item.kind === 'leads' ? 'Thank you! We received your details and will get back to you soon.'
        : 'Thank you! We received your booking request and will confirm soon.', 'ok');
    }

    // ---- offline queue: kept in localStorage, sent with its Idempotency-Key so it is created exactly once ----
    function readQueue() {
      try { return JSON.parse(store('localStorage').getItem(queueKey) || '[]'); } catch (e) { return []; }
    }

    function writeQueue(q) {
      try {
        var ls = store('localStorage');
        if (q.length) ls.setItem(queueKey, JSON.stringify(q)); else ls.removeItem(queueKey);
      } catch (e) { /* storage unavailable */ }
    }

    function queueItem(item, status) {
      var q = readQueue();
      if (!q.some(function (x) { return x.key === item.key; })) q.push(item);
      writeQueue(q);
      hideSheet();
      msg('bot', 'You seem to be offline. Your details are saved on this device and will be sent automatically when the connection is back.', 'ok saved');
      status.textContent = '';
    }

    function flush() {
      if (flushing || navigator.onLine === false) return;
      var q = readQueue();
      if (!q.length) return;
      flushing = true;
      var item = q[0];
      post(item).then(safe(function (r) {
        flushing = false;
        if (r.status === 201 || (r.status >= 400 && r.status < 500 && r.status !== 429 && r.status !== 408)) {
          writeQueue(readQueue().filter(function (x) { return x.key !== item.key; }));
          if (r.status === 201 && started) msg('bot', 'Your saved details have now been sent. Thank you!', 'ok');
          flush();
        }
      }), function () { flushing = false; });
    }

    window.addEventListener('online', safe(flush));
    setInterval(safe(flush), 30000);

    // ---- config ----
    function applyConfig(c) {
      cfg = c;
      title.textContent = c.botName || 'Chat';
      panel.setAttribute('aria-label', 'Chat with ' + (c.botName || 'us'));
      launcher.setAttribute('aria-label', 'Open chat with ' + (c.botName || 'us'));
      if (c.theme && /^#[0-9a-fA-F]{3,8}$/.test(c.theme.primaryColor || '')) {
        wrap.style.setProperty('--tcai-primary', c.theme.primaryColor);
      }
      wrap.classList.toggle('left', c.theme && c.theme.position === 'left');
      wrap.classList.toggle('right', !(c.theme && c.theme.position === 'left'));
      if (c.disclaimer) { disclaimer.textContent = c.disclaimer; disclaimer.hidden = false; }
      var b = bookControl();
      if (b) bookSlot.appendChild(b);
      launcher.hidden = false;
    }

    call('GET', 'config').then(safe(function (r) {
      if (r.status === 200 && r.body) applyConfig(r.body);
      else if (r.status >= 500 || r.status === 429) launcher.hidden = false;
      flush();
    }), safe(function () {
      // Cannot reach us: the launcher still offers the contact form, kept offline if need be.
      launcher.hidden = false;
    }));

    if (diag) diagnostics();

    // ---- diagnostics: what works, in plain words, with a copy button ----
    function diagnostics() {
      var box = el('section', 'diag', null, { 'aria-label': 'Chat widget diagnostics' });
      box.appendChild(el('h2', null, 'Chat widget diagnostics'));
      var list = el('ul');
      box.appendChild(list);
      var report = el('textarea', 'report', null, { readonly: '', 'aria-label': 'Diagnostics report', rows: '6' });
      var copy = button('Copy report', 'act', function () {
        report.select();
        var ok = false;
        try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
        if (navigator.clipboard) navigator.clipboard.writeText(report.value).then(function () { copy.textContent = 'Copied'; }, function () { /* selected */ });
        if (ok) copy.textContent = 'Copied';
      });
      box.appendChild(copy);
      box.appendChild(button('Close', 'act', function () { box.remove(); }));
      box.appendChild(report);
      wrap.appendChild(box);
      var lines = [];
      function line(ok, text) {
        lines.push((ok ? 'OK: ' : 'PROBLEM: ') + text);
        list.appendChild(el('li', ok ? 'good' : 'bad', (ok ? '\u2713 ' : '\u2717 ') + text));
        report.value = 'Treasure Coast AI widget diagnostics\nPage: ' + location.origin + '\nServer: ' + base + '\n' + lines.join('\n');
      }
      function probe() {
        return fetch(base + '/api/health', { mode: 'no-cors', credentials: 'omit' }).then(function () { return true; }, function () { return false; });
      }
      function blocked(what) {
        var v = violations.filter(function (x) { return x.uri.indexOf(base) === 0 || x.uri === base; });
        if (v.length) {
          line(false, what + ' is blocked by this page\u2019s Content-Security-Policy (' + v[0].directive + '). Add ' + base + ' to ' + v[0].directive + '.');
          return Promise.resolve();
        }
        return probe().then(function (up) {
          line(false, up ? what + ' answered, but the browser refused to hand over the answer: this website (' + location.origin + ') is not allowed for this chat.'
            : what + ' is not reachable: the server ' + base + ' did not answer (offline, down or blocked by a firewall).');
        });
      }
      line(true, 'The widget script loaded from ' + base + '.');
      call('GET', 'config').then(function (r) {
        if (r.status === 200) {
          line(true, 'Configuration loaded: the chat "' + r.body.botName + '" is switched on.');
          line(true, 'This website (' + location.origin + ') is allowed to use this chat.');
        }
        else if (r.status === 403) line(false, 'This website (' + location.origin + ') is not allowed for this chat. Add it to the bot\u2019s allowed origins.');
        else if (r.status === 404) line(false, 'The chat ' + clientId + '/' + botId + ' was not found or is switched off. Check data-client-id and data-bot-id.');
        else line(false, 'Configuration answered with an error (' + r.status + ').');
      }, function () { return blocked('The configuration'); }).then(function () {
        return call('POST', 'chat', { message: '' }).then(function (r) {
          if (r.status === 400) line(true, 'The chat endpoint is reachable from this page.');
          else if (r.status === 403) line(false, 'The chat endpoint refused this website (' + location.origin + '): it is not allowed for this chat.');
          else line(r.status < 500, 'The chat endpoint answered ' + r.status + '.');
        }, function () { return blocked('The chat endpoint'); });
      }).then(function () {
        line(cssState === 'loaded', cssState === 'loaded' ? 'The stylesheet loaded.' : 'The stylesheet did not load (check style-src in the Content-Security-Policy).');
        var q = readQueue().length;
        if (q) line(false, q + ' message(s) saved offline, waiting to be sent.');
        violations.forEach(function (v) {
          if (v.uri.indexOf(base) === 0) line(false, 'Content-Security-Policy blocked ' + v.uri + ' (' + v.directive + ').');
        });
        line(true, 'Checks finished.');
      }).catch(warn);
    }
  }
})();
