// The Meta Pixel as the demo shops run it (first-party tag code): the _fbp
// browser id for 90 days, then the PageView event as a 1×1 image to
// www.facebook.com, whose response sets the third-party fr cookie.
window.demoMetaPixel = function () {
  document.cookie =
    '_fbp=fb.1.1700000000000.1234567890; Path=/; Domain=.' +
    location.hostname +
    '; Max-Age=7776000; SameSite=Lax';
  var img = new Image(1, 1);
  img.alt = '';
  img.src = '{{origin:www.facebook.com}}/tr?id=1234567890&ev=PageView&noscript=1';
  document.body.appendChild(img);
};
