/* Shows index.html's message when the explorer did not start (src/main.ts marks <html> once
   mounted; module scripts have run or failed by DOMContentLoaded). Old syntax: runs anywhere. */
document.addEventListener('DOMContentLoaded', function () {
  if (document.documentElement.hasAttribute('data-started')) return;
  var fault = document.getElementById('startup-fault');
  if (fault) fault.hidden = false;
});
