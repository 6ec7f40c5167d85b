// A small fake of OneTrust's consent SDK, served first-party as
// /js/onetrust-stub.js; the server puts the site's DomainData (the same
// object as its consent JSON's DomainData) in DOMAIN_DATA. What an audit sees:
// - window.OneTrust.GetDomainData(), IsAlertBoxClosed(), AllowAll(), RejectAll();
// - the OptanonConsent cookie as the real SDK writes it: at once with
//   interactionCount=0 and the default groups (strictly necessary on, the
//   rest off), and after a click with interactionCount=1 and the choice, plus
//   OptanonAlertBoxClosed = the ISO time of the click;
// - a banner with the buttons #onetrust-accept-btn-handler and #onetrust-reject-all-handler (real OneTrust ids);
// - window.OnetrustActiveGroups and window.OptanonWrapper() called after
//   the page has loaded and after every choice, as sites' tags expect.
(function () {
  var DOMAIN_DATA = /* {{domainData}} */ { Groups: [] };
  var YEAR = 31536000;
  var site = location.hostname;
  var groups = DOMAIN_DATA.Groups;
  var gpc = navigator.globalPrivacyControl ? 1 : 0;

  function read(name) {
    var m = document.cookie.match(new RegExp('(?:^|;\\s*)' + name + '=([^;]*)'));
    return m ? m[1] : null;
  }
  function write(name, value) {
    document.cookie =
      name + '=' + value + '; Path=/; Domain=.' + site + '; Max-Age=' + YEAR + '; SameSite=Lax';
  }
  var previous = read('OptanonConsent') || '';
  var consentId = (/consentId=([^&]*)/.exec(previous) || [])[1] || crypto.randomUUID();

  function writeConsent(allowAll, interactionCount) {
    var list = groups.map(function (g) {
      var on = g.Status === 'always active' || allowAll;
      return g.OptanonGroupId + ':' + (on ? 1 : 0);
    });
    write(
      'OptanonConsent',
      'isGpcEnabled=' +
        gpc +
        '&datestamp=' +
        encodeURIComponent(new Date().toString()) +
        '&version=202401.1.0&browserGpcFlag=' +
        gpc +
        '&isIABGlobal=false&hosts=&consentId=' +
        consentId +
        '&interactionCount=' +
        interactionCount +
        '&isAnonUser=1&landingPath=' +
        (interactionCount ? 'NotLandingPage' : encodeURIComponent(location.href)) +
        '&groups=' +
        encodeURIComponent(list.join(',')),
    );
  }
  function activeGroups() {
    var m = /(?:^|&)groups=([^&]*)/.exec(read('OptanonConsent') || '');
    var list = m ? decodeURIComponent(m[1]).split(',') : [];
    var on = list.filter(function (e) {
      return /:1$/.test(e);
    });
    return on.map(function (e) {
      return e.split(':')[0];
    });
  }
  function notify() {
    var active = activeGroups();
    window.OnetrustActiveGroups = window.OptanonActiveGroups = ',' + active.join(',') + ',';
    if (typeof window.OptanonWrapper === 'function') window.OptanonWrapper();
    window.dispatchEvent(new CustomEvent('consent.onetrust', { detail: active }));
  }
  function closed() {
    return read('OptanonAlertBoxClosed') !== null;
  }
  function choose(allowAll) {
    writeConsent(allowAll, 1);
    write('OptanonAlertBoxClosed', new Date().toISOString());
    var box = document.getElementById('onetrust-banner-sdk');
    if (box) box.parentNode.removeChild(box);
    notify();
  }
  function button(id, text, allowAll) {
    var b = document.createElement('button');
    b.id = id;
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', function () {
      choose(allowAll);
    });
    return b;
  }
  function showBanner() {
    var box = document.createElement('div');
    box.id = 'onetrust-banner-sdk';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', DOMAIN_DATA.BannerTitle);
    var text = document.createElement('p');
    text.textContent = DOMAIN_DATA.AlertNoticeText;
    box.appendChild(text);
    box.appendChild(button('onetrust-accept-btn-handler', DOMAIN_DATA.AlertAllowCookiesText, true));
    box.appendChild(
      button('onetrust-reject-all-handler', DOMAIN_DATA.BannerRejectAllButtonText, false),
    );
    document.body.appendChild(box);
  }

  // A first visit: the defaults are written at once, before any choice.
  if (!closed()) writeConsent(false, 0);
  window.OneTrust = {
    GetDomainData: function () {
      return DOMAIN_DATA;
    },
    IsAlertBoxClosed: closed,
    AllowAll: function () {
      choose(true);
    },
    RejectAll: function () {
      choose(false);
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    if (!closed()) showBanner();
    notify();
  });
})();
