/* Treasure Coast AI widget loader: finds its own tag and loads the versioned widget. */
(function () {
  try {
    var me = document.currentScript;
    if (!me || !me.src) return;
    var s = document.createElement('script');
    s.async = true;
    s.src = new URL('/widget/__VERSION__/widget.js', me.src).href;
    for (var i = 0; i < me.attributes.length; i++) {
      var a = me.attributes[i];
      if (a.name.indexOf('data-') === 0) s.setAttribute(a.name, a.value);
    }
    s.setAttribute('data-tcai-version', '__VERSION__');
    (document.head || document.documentElement).appendChild(s);
  } catch (e) { /* never break the host page */ }
})();
