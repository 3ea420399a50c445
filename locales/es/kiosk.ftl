## El quiosco de la sala de espera: pantalla de bienvenida, aviso de inactividad y pantalla de administración de la clínica.

kiosk-attract-heading = Aprende sobre las cicatrices de acné y el tratamiento con láser mientras esperas
kiosk-touch-to-start = Toca para empezar
kiosk-still-there = ¿Sigues ahí?
kiosk-ending-in = { $seconds ->
    [one] Esta visita termina en 1 segundo y se borrará todo lo que hiciste aquí.
   *[other] Esta visita termina en { $seconds } segundos y se borrará todo lo que hiciste aquí.
}
kiosk-still-here = Sigo aquí
kiosk-end-visit = Terminar mi visita y borrarla
kiosk-admin-heading = Administración de la clínica
kiosk-pin-prompt = Escribe el PIN de administración.
kiosk-pin-wrong = Ese PIN no es correcto.
kiosk-pin-wait = PIN incorrecto. Vuelve a intentarlo en { $seconds } s.
kiosk-admin-cancel = Cancelar
kiosk-admin-status = Visitas terminadas hasta ahora: { $visits }. Una visita termina tras { $timeout } s sin tocar la pantalla, con un aviso de { $warning } s.
kiosk-admin-config = Archivo de ajustes de la clínica
kiosk-admin-config-ok = No se encontraron problemas.
kiosk-admin-back = Volver al quiosco
kiosk-admin-disabled = La salida para el personal está desactivada: este quiosco no tiene PIN de administración. Para crear uno, ejecute `scarwise --hash-pin` en un ordenador, copie lo que muestra en clinic.ron como admin_pin_hash y reinicie el quiosco.
kiosk-admin-quit = Salir de Scarwise
