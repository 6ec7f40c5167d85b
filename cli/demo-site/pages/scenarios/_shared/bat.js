// Stand-in for Microsoft Advertising's UET tag (bat.js), served by
// bat.bing.com: first-party _uetsid (1 day) and _uetvid (395 days) cookies,
// then the page-load event as a 1×1 image.
(function () {
  var site = location.hostname;
  var cookie = function (name, value, maxAge) {
    document.cookie =
      name + '=' + value + '; Path=/; Domain=.' + site + '; Max-Age=' + maxAge + '; SameSite=Lax';
  };
  cookie('_uetsid', '5f0c1a20a1b111eeb0c1d3f2a4b5c6d7', 86400);
  cookie('_uetvid', '5f0c4e90a1b111ee9a2b7d1e3f4a5b6c', 34128000);
  var img = new Image(1, 1);
  img.alt = '';
  img.src = '{{origin:bat.bing.com}}/action/0?ti=56000123&Ver=2&evt=pageLoad';
  document.body.appendChild(img);
})();
