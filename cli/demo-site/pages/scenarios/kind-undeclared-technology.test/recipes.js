// First-party script: remembers the recipes read, in local storage.
(function () {
  localStorage.setItem('recently_read', JSON.stringify(['tomato-white-bean-soup']));
})();
