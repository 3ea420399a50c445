# La página web alrededor de la app: lo que dice mientras la app se descarga y arranca, antes de que
# estén las palabras de la propia app. Texto simple (sin marcado); { $reason } son las palabras del propio navegador.

page-title = Scarwise: aprende sobre las cicatrices de acné y el tratamiento con láser
page-text-link = Scarwise: las lecciones en texto simple
page-loading = Cargando…
page-loading-size = Cargando… { $received } de { $total } KB
page-starting = Arrancando…
page-no-webgl = Scarwise necesita WebGL2, y este navegador no lo tiene. Prueba una versión actualizada de Chrome, Edge, Firefox o Safari.
page-download-failed = No se pudo descargar Scarwise ({ $reason }). Revisa tu conexión y vuelve a intentarlo.
page-start-failed = Scarwise no pudo arrancar ({ $reason }). Vuelve a intentarlo.
page-graphics-lost = Los gráficos dejaron de funcionar. Vuelve a cargar la página para seguir. Tu progreso se conserva.
page-retry = Volver a intentarlo
