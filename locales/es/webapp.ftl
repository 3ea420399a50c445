# La versión para navegador como app en el teléfono del paciente: añadirla a la pantalla de inicio,
# y una versión nueva que espera para arrancar.

install-heading = Ten Scarwise en tu teléfono
install-about = Añádelo a tu pantalla de inicio. Se abre como una app y funciona sin internet. Tu progreso se queda en este aparato.
install-button = Añadir Scarwise a tu pantalla de inicio
install-dismiss = No, gracias
install-ios-steps = En un iPhone o iPad, toca el botón Compartir en la parte de abajo de Safari. Después toca «Añadir a pantalla de inicio».
install-ios-share = El botón Compartir: un cuadrado con una flecha que apunta hacia arriba
install-ios-add = «Añadir a pantalla de inicio»: un cuadrado con un signo más
update-ready = Hay una versión nueva de Scarwise lista. Reinicia para usarla. Tu progreso se conserva.
update-restart = Reiniciar
update-later = Más tarde
