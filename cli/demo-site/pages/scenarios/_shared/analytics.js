// Stand-in for Google's analytics.js, served by www.google-analytics.com:
// writes the first-party _ga (2 years; Chromium keeps 400 days) and _gid
// (1 day) cookies on the page's site and sends the page view as a beacon.
(function () {
  var site = location.hostname;
  var cookie = function (name, value, maxAge) {
    document.cookie =
      name + '=' + value + '; Path=/; Domain=.' + site + '; Max-Age=' + maxAge + '; SameSite=Lax';
  };
  cookie('_ga', 'GA1.1.1234567890.1700000000', 63072000);
  cookie('_gid', 'GA1.1.987654321.1700000000', 86400);
  navigator.sendBeacon(
    '{{origin:www.google-analytics.com}}/collect?v=1&_v=j101&t=pageview&tid=UA-12345-1&cid=1234567890.1700000000',
  );
})();
