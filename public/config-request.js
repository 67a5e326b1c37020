// Starts config.json's request while the app's JavaScript is still downloading (issue 12): the
// configuration decides where the data comes from, so every later request waits for it. A classic
// `defer` script: it does not hold up the parser, and it runs before the app's module, which comes
// after it in the document. main.tsx takes this response when it is for the same URL, and fetches
// the file itself otherwise.
(function () {
  var script = document.currentScript;
  var url = new URL('config.json', script && script.src ? script.src : location.href).href;
  var response = fetch(url, { cache: 'no-store' });
  // Handled where it is used; this keeps a failed request from being reported as unhandled first.
  response.catch(function () {});
  window.dashboardConfigRequest = { url: url, response: response };
})();
