// First-party shop script (served from static.shop.test): remembers the cart
// and what was viewed, and the checkout step for this tab only.
(function () {
  localStorage.setItem('cart', JSON.stringify([]));
  localStorage.setItem('recently_viewed', JSON.stringify(['blue-speckle-mug']));
  sessionStorage.setItem('checkout_step', 'browse');
})();
