// Stand-in for an analytics tag: writes first-party _ga cookies for two
// years (Chromium keeps 400 days) and sends a page-view beacon.
(function () {
  var id = 'GA1.1.' + '1234567890' + '.' + '1700000000';
  var twoYears = 63072000;
  document.cookie =
    '_ga=' + id + '; Path=/; Domain=.shop.test; Max-Age=' + twoYears + '; SameSite=Lax';
  document.cookie =
    '_ga_DEMO123=GS1.1.1700000000.1.0.1700000000.0.0.0; Path=/; Domain=.shop.test; Max-Age=' +
    twoYears +
    '; SameSite=Lax';
  navigator.sendBeacon('{{collect}}?v=2&tid=G-DEMO123&cid=1234567890.1700000000&en=page_view');
})();
