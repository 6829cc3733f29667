/* Pulse tracker: pageviews (single-page-app navigations included), custom events and outbound-link
 * clicks, sent as text/plain JSON so navigator.sendBeacon crosses origins without a CORS preflight.
 * No cookies and no storage: the server derives a daily-rotating visitor id.
 *
 *   <script defer data-site="pk_…" src="https://pulse.example.com/pulse.js"></script>
 *   pulse('signup', {props: {plan: 'pro'}})
 *
 * Optional attributes: data-api (collect URL, default: this script's origin + /api/v1/collect),
 * data-hash (count #fragment changes as pageviews), data-no-outbound (don't track outbound links).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var site = script.getAttribute('data-site');
  var api = script.getAttribute('data-api') || new URL(script.src).origin + '/api/v1/collect';
  var hashMode = script.hasAttribute('data-hash');
  var lastPage = null;

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function send(name, options) {
    options = options || {};
    var event = {
      site: site,
      name: name,
      url: options.url || location.href,
      referrer: document.referrer || null,
      id: newId()
    };
    if (options.props && typeof options.props === 'object') event.props = options.props;
    var body = JSON.stringify(event);
    var sent = false;
    try {
      sent = !!(navigator.sendBeacon && navigator.sendBeacon(api, body));
    } catch (e) {
      sent = false;
    }
    if (!sent && window.fetch) {
      fetch(api, {method: 'POST', body: body, keepalive: true, credentials: 'omit',
                  headers: {'Content-Type': 'text/plain'}}).catch(function () {});
    }
    if (options.callback) options.callback();
  }

  function pageview() {
    var page = location.pathname + location.search + (hashMode ? location.hash : '');
    if (page === lastPage) return; // a pushState to the same address is not a new view
    lastPage = page;
    send('pageview');
  }

  // Public API, with whatever was queued before the script loaded.
  var queued = (window.pulse && window.pulse.q) || [];
  window.pulse = function (name, options) { send(String(name), options); };
  for (var i = 0; i < queued.length; i++) window.pulse.apply(null, queued[i]);

  // Single-page apps: pushState and back/forward navigations.
  var history = window.history;
  if (history && history.pushState) {
    var push = history.pushState;
    history.pushState = function () {
      push.apply(this, arguments);
      pageview();
    };
    window.addEventListener('popstate', pageview);
  }
  if (hashMode) window.addEventListener('hashchange', pageview);

  // Outbound links: left and middle clicks on links to another host.
  function onClick(e) {
    if (e.type === 'auxclick' && e.button !== 1) return;
    var link = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!link || !/^https?:$/.test(link.protocol) || link.host === location.host) return;
    send('outbound', {props: {url: link.href}});
  }
  if (!script.hasAttribute('data-no-outbound')) {
    document.addEventListener('click', onClick, true);
    document.addEventListener('auxclick', onClick, true);
  }

  // A prerendered page counts once it is shown. Current browsers (Chrome's speculation-rules
  // prerendering) report visibilityState 'hidden' while prerendering and set document.prerendering
  // instead, ending it with 'prerenderingchange'; 'prerender' is the old, removed visibility state.
  if (document.prerendering) {
    document.addEventListener('prerenderingchange', pageview, {once: true});
  } else if (document.visibilityState === 'prerender') {
    document.addEventListener('visibilitychange', function onVisible() {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onVisible);
      pageview();
    });
  } else {
    pageview();
  }
})();
