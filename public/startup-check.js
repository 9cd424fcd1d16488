/* Shows index.html's message when the explorer did not start (src/main.ts marks <html> once
   mounted; module scripts have run or failed by DOMContentLoaded), in Spanish when the link,
   the page or the browser asks for it, by the rule of src/lib/i18n/language.ts (the `lang`
   parameter, then the page's own language if not English, then the browser's languages, then
   English). Old syntax: runs anywhere. */
(function () {
  var SUPPORTED = { en: true, es: true };

  function chosenLanguage() {
    var match = /[?&]lang=([^&#]*)/.exec(location.search);
    if (match && SUPPORTED[match[1]] === true) return match[1];
    var page = document.documentElement.lang;
    if (page !== 'en' && SUPPORTED[page] === true) return page;
    var preferred = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < preferred.length; i++) {
      var primary = String(preferred[i]).split('-')[0].toLowerCase();
      if (SUPPORTED[primary] === true) return primary;
    }
    return 'en';
  }

  /* main.ts names what an old browser lacks in data-missing; the Spanish says it in its words. */
  function useSpanish(fault, spanish) {
    var missing = document.getElementById('startup-reason').getAttribute('data-missing');
    var copy = document.importNode(spanish.content, true);
    while (fault.firstChild) fault.removeChild(fault.firstChild);
    fault.appendChild(copy);
    var reason = document.getElementById('startup-reason');
    if (missing)
      reason.textContent = reason.getAttribute('data-lacks').replace('{missing}', missing);
    fault.lang = 'es';
    document.documentElement.lang = 'es';
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.documentElement.hasAttribute('data-started')) return;
    var fault = document.getElementById('startup-fault');
    if (!fault) return;
    var spanish = document.getElementById('startup-fault-es');
    if (chosenLanguage() === 'es' && spanish && spanish.content) useSpanish(fault, spanish);
    fault.hidden = false;
  });
})();
