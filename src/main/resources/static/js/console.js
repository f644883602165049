// Treasure Coast AI console: small progressive enhancements. No inline handlers anywhere (CSP).
(function () {
  "use strict";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  // htmx sends the session's CSRF token as a header on every request it makes.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = meta("csrf-token");
    var header = meta("csrf-header") || "X-CSRF-TOKEN";
    if (token) {
      event.detail.headers[header] = token;
    }
  });

  // Confirmation before destructive actions: forms with data-confirm open a dialog first.
  var pendingForm = null;
  function confirmDialog() {
    var dialog = document.getElementById("confirm-dialog");
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.id = "confirm-dialog";
      dialog.setAttribute("aria-labelledby", "confirm-title");
      var title = document.createElement("h2");
      title.id = "confirm-title";
      title.textContent = "Please confirm";
      var text = document.createElement("p");
      text.className = "confirm-text";
      var actions = document.createElement("div");
      actions.className = "form-actions";
      var cancel = document.createElement("button");
      cancel.type = "button";
      cancel.className = "btn-secondary";
      cancel.textContent = "Cancel";
      cancel.addEventListener("click", function () { pendingForm = null; dialog.close(); });
      var ok = document.createElement("button");
      ok.type = "button";
      ok.className = "btn-danger";
      ok.setAttribute("data-confirm-ok", "");
      ok.textContent = "Yes, continue";
      ok.addEventListener("click", function () {
        var form = pendingForm;
        pendingForm = null;
        dialog.close();
        if (form) {
          form.setAttribute("data-confirmed", "true");
          if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
        }
      });
      actions.appendChild(cancel);
      actions.appendChild(ok);
      dialog.appendChild(title);
      dialog.appendChild(text);
      dialog.appendChild(actions);
      document.body.appendChild(dialog);
    }
    return dialog;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-confirm")) {
      return;
    }
    if (form.getAttribute("data-confirmed") === "true") {
      form.removeAttribute("data-confirmed");
      return;
    }
    event.preventDefault();
    var dialog = confirmDialog();
    dialog.querySelector(".confirm-text").textContent = form.getAttribute("data-confirm");
    pendingForm = form;
    if (dialog.showModal) { dialog.showModal(); } else if (window.confirm(form.getAttribute("data-confirm"))) { form.submit(); }
  }, true);

  // Copy buttons: data-copy-target="#id" copies that element's text.
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-copy-target]") : null;
    if (!button) {
      return;
    }
    var target = document.querySelector(button.getAttribute("data-copy-target"));
    if (!target) {
      return;
    }
    var text = target.textContent;
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1600);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { selectText(target); });
    } else {
      selectText(target);
    }
  });

  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Mobile navigation toggle.
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest ? event.target.closest("[data-nav-toggle]") : null;
    if (!toggle) {
      return;
    }
    var bar = toggle.closest(".topbar");
    var open = bar.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });

  // Live booking preview: mirrors what a visitor would see for the chosen mode and link.
  function updateBookingPreview() {
    var form = document.querySelector("[data-booking-form]");
    if (!form) {
      return;
    }
    var checked = form.querySelector('input[name="bookingMode"]:checked');
    var mode = checked ? checked.value : "off";
    var url = (form.querySelector('input[name="externalBookingUrl"]') || {}).value || "";
    var preview = document.querySelector("[data-booking-preview]");
    if (!preview) {
      return;
    }
    preview.querySelectorAll("[data-mode]").forEach(function (el) {
      el.hidden = el.getAttribute("data-mode") !== mode;
    });
    var target = preview.querySelector("[data-preview-url]");
    if (target) {
      var ok = /^https:\/\/[^\s\/@]+(\/\S*)?$/i.test(url.trim());
      target.textContent = ok ? "Opens " + url.trim() + " in a new tab"
        : "Enter a full https:// address to enable this button";
    }
  }
  document.addEventListener("input", function (event) {
    if (event.target.closest && event.target.closest("[data-booking-form]")) {
      updateBookingPreview();
    }
  });
  document.addEventListener("change", function (event) {
    if (event.target.closest && event.target.closest("[data-booking-form]")) {
      updateBookingPreview();
    }
  });
  document.addEventListener("DOMContentLoaded", updateBookingPreview);
})();

// The set-password page is served with Referrer-Policy: no-referrer, so a plain form post would
// carry "Origin: null" and be refused by the origin check. It posts the JSON API instead, with the
// CSRF header and a request referrer policy that reveals only our own origin (never the token).
(function () {
  "use strict";

  function showError(form, field, message) {
    var target = form.querySelector('[data-error-for="' + field + '"]');
    if (!target) {
      target = form.querySelector('[data-error-for="form"]');
    }
    if (target) {
      target.textContent = message;
      target.hidden = false;
      var wrapper = target.closest(".field");
      if (wrapper) {
        wrapper.classList.add("has-error");
      }
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-set-password")) {
      return;
    }
    event.preventDefault();
    form.querySelectorAll("[data-error-for]").forEach(function (el) {
      el.textContent = "";
      el.hidden = true;
      var wrapper = el.closest(".field");
      if (wrapper) {
        wrapper.classList.remove("has-error");
      }
    });
    var token = form.querySelector('input[name="token"]').value;
    var password = form.querySelector('input[name="newPassword"]').value;
    var confirm = form.querySelector('input[name="confirm"]').value;
    if (password !== confirm) {
      showError(form, "confirm", "The two passwords are not the same.");
      return;
    }
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var csrf = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (csrf) {
      headers[header ? header.getAttribute("content") : "X-CSRF-TOKEN"] = csrf.getAttribute("content");
    }
    fetch("/api/auth/password-reset/confirm", {
      method: "POST",
      headers: headers,
      credentials: "same-origin",
      referrerPolicy: "origin",
      body: JSON.stringify({ token: token, newPassword: password })
    }).then(function (response) {
      if (response.status === 204) {
        window.location.assign("/admin/login?passwordSet");
        return null;
      }
      return response.json().then(function (problem) {
        var errors = (problem && problem.errors) || [];
        if (errors.length === 0) {
          showError(form, "form", (problem && problem.detail) || "The password could not be set. Please try again.");
        }
        errors.forEach(function (e) {
          var message = e.field === "token" ? e.message : "The password " + e.message + ".";
          showError(form, e.field, message);
        });
      });
    }).catch(function () {
      showError(form, "form", "We could not reach the server. Check your connection and try again.");
    });
  });
})();
