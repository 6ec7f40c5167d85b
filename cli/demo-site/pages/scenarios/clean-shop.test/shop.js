// First-party shop script: remembers the products viewed, in local storage.
(function () {
  localStorage.setItem('recently_viewed', JSON.stringify(['natural-stripe-tea-towel']));
})();
