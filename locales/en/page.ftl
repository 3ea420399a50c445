# The web page around the app: what it says while the app downloads and starts, before the
# app's own words are there. Plain text (no markup); { $reason } is the browser's own words.

page-title = Scarwise: learn about acne scars and laser treatment
page-text-link = Scarwise: the lessons as plain text
page-loading = Loading…
page-loading-size = Loading… { $received } of { $total } KB
page-starting = Starting…
page-no-webgl = Scarwise needs WebGL2, which this browser does not offer. Try an up-to-date Chrome, Edge, Firefox or Safari.
page-download-failed = Scarwise could not be downloaded ({ $reason }). Check your connection and try again.
page-start-failed = Scarwise could not start ({ $reason }). Try again.
page-graphics-lost = The graphics stopped working. Reload the page to go on. Your progress is kept.
page-retry = Try again
