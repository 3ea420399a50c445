## El acompañante del tratamiento: mis días de sesión, la tarjeta de Hoy en la ruta de aprendizaje
## y el archivo de calendario. Datos de shared/content/evidence-brief.md, secciones 3, 4, 5, 7 y 8.

## Fechas. Quien traduce elige el orden del día, el mes y el año, y el primer día de la semana
## (`monday` o `sunday`).
date-week-starts = monday
date-long = { $weekday }, { $day } de { $month } de { $year }
date-short = { $weekday } { $day } de { $month }
date-month-year = { $month } de { $year }
date-today = hoy
date-in-days = { $days ->
    [one] dentro de { $days } día
   *[other] dentro de { $days } días
}
date-days-ago = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}
date-month-1 = enero
date-month-2 = febrero
date-month-3 = marzo
date-month-4 = abril
date-month-5 = mayo
date-month-6 = junio
date-month-7 = julio
date-month-8 = agosto
date-month-9 = septiembre
date-month-10 = octubre
date-month-11 = noviembre
date-month-12 = diciembre
date-weekday-1 = lunes
date-weekday-2 = martes
date-weekday-3 = miércoles
date-weekday-4 = jueves
date-weekday-5 = viernes
date-weekday-6 = sábado
date-weekday-7 = domingo
date-weekday-short-1 = lu
date-weekday-short-2 = ma
date-weekday-short-3 = mi
date-weekday-short-4 = ju
date-weekday-short-5 = vi
date-weekday-short-6 = sá
date-weekday-short-7 = do

## Mis días de tratamiento.
companion-heading = Mis días de tratamiento
companion-about = Añade el día de cada sesión de láser, tanto si ya tienes cita como si ya la hiciste. Después, Scarwise te muestra qué esperar cada día tras la sesión.
companion-pick-heading = Elige el día de una sesión
companion-pick-first = Toca un día en el calendario.
companion-month-before = Mes anterior
companion-month-after = Mes siguiente
companion-day-booked = día de sesión
companion-add = Añadir el { $date }
companion-added = Añadido: { $date }
companion-list-heading = Mis sesiones
companion-list-empty = Todavía no hay días de sesión.
companion-session = Sesión { $session }
companion-remove = Quitar
companion-remove-named = Quitar el { $date }
companion-refused-same-day = El { $date } ya está en tu lista.
companion-refused-year = Scarwise puede seguir un tratamiento de hasta un año. Con el { $date }, el tratamiento sería más largo. Pregunta a tu clínica por tu plan.
companion-refused-far = Elige un día que no esté a más de un año de hoy.
companion-refused-many = Tu lista está llena. Primero quita un día que ya no necesites.
companion-private = Tus días de sesión se quedan en este dispositivo. Nunca se envían a ningún sitio. «Borrar mi progreso», en Ajustes, los borra.
companion-typical-advice = Este es un consejo habitual. Lo que diga tu clínica va primero.

## El archivo de calendario.
companion-ics-heading = Recordatorios en tu calendario
companion-ics-about = Guarda un archivo de calendario con tus sesiones y con revisiones cortas de la piel los días 1, 3 y 7 después de cada una. Ábrelo para añadirlas al calendario de tu teléfono. No se envía nada a ningún sitio.
companion-ics-button = Añadir a mi calendario
companion-ics-nothing-ahead = Ninguno de tus días de sesión está todavía por llegar, así que no hay nada que añadir.
companion-ics-saved = Tu archivo de calendario se guardó en { $path }. Ábrelo para añadir los días a tu calendario.
companion-ics-failed = No se pudo guardar tu archivo de calendario: { $reason }
companion-ics-name = Scarwise: mis días de tratamiento
companion-ics-session = Sesión de láser { $session }
companion-ics-session-reminder = Mañana: sesión de láser { $session }
companion-ics-session-about = Antes de tu sesión, cuéntale a tu médico si tomas medicinas nuevas, si te sale herpes labial, si estás embarazada o si te has bronceado hace poco. No te pongas al sol fuerte durante unas 2 semanas antes. Scarwise creó este recordatorio en tu dispositivo.
companion-ics-check-in = Revisión de la piel: día { $day } después de la sesión { $session }

## La tarjeta de Hoy en la ruta de aprendizaje.
today-heading = Hoy es { $date }
today-invite-title = ¿Tienes cita para una sesión de láser?
today-invite-body = Añade su día. Scarwise te mostrará qué esperar cada día después de la sesión.
today-invite-open = Mis días de tratamiento
today-my-days = Mis días de tratamiento
today-before = { $days ->
    [one] La sesión { $session } es mañana, el { $date }
   *[other] La sesión { $session } es dentro de { $days } días, el { $date }
}
today-before-tell = Antes de la sesión, cuéntale a tu médico si tomas alguna medicina nueva, como pastillas para el acné. Cuéntale también si te sale herpes labial, si estás embarazada o si das el pecho.
today-before-avoid = No te pongas al sol fuerte y no te broncees durante unas 2 semanas antes. Pregunta a tu clínica qué más debes dejar antes de la sesión.
today-before-prepare = Preparar lo que le diré a mi médico
today-after = { $day ->
    [0] La sesión { $session } es hoy
   *[other] Día { $day } después de la sesión { $session }
}
today-normal = Qué es normal hoy
today-steps = Tus cuidados de hoy
today-step-sunscreen = Ponte protector solar de amplio espectro, FPS 30 o más. No te pongas al sol directo.
today-step-hands-off = No pellizques ni frotes la piel tratada.
today-step-no-actives = Usa un limpiador suave y una crema hidratante sencilla. Deja los exfoliantes, los ácidos, los retinoides y las cremas aclarantes hasta que tu piel se calme. Tu clínica te dirá cuántos días.
today-step-no-actives-until = Usa un limpiador suave y una crema hidratante sencilla. Tu clínica dice que dejes los exfoliantes, los ácidos, los retinoides y las cremas aclarantes hasta el día { $day }.
today-step-actives-back = Tu clínica dice que puedes volver a usar los exfoliantes, los ácidos y los retinoides desde el día { $day }.
today-step-make-up = A menudo puedes maquillarte poco después de este tipo de láser. Pregunta a tu clínica cuándo.
today-step-no-heat = Mientras tu piel esté roja, no vayas a la sauna, al yoga con calor ni a la piscina.
today-next = { $days ->
    [one] Tu próxima sesión es mañana, el { $date }.
   *[other] Tu próxima sesión es dentro de { $days } días, el { $date }.
}
today-next-numbered = { $days ->
    [one] La sesión { $session } es mañana, el { $date }.
   *[other] La sesión { $session } es dentro de { $days } días, el { $date }.
}
today-between = { $days ->
    [one] Ha pasado { $days } día desde la sesión { $session }
   *[other] Han pasado { $days } días desde la sesión { $session }
}
today-rebuilding = Tu piel sigue cambiando durante semanas. Por debajo de la superficie, se renueva, y esto puede llevar de semanas a meses. A menudo, los resultados se van sumando a lo largo de toda la serie de sesiones.
today-keep-caring = Sigue usando protector solar todos los días. Llama a tu clínica si aparecen manchas oscuras.
today-after-last = { $days ->
    [one] Ha pasado { $days } día desde tu última sesión
   *[other] Han pasado { $days } días desde tu última sesión
}
today-after-last-body = Tu piel puede seguir renovándose de semanas a meses después de tu última sesión. Los resultados llegan poco a poco, y son un cambio a mejor, no una piel perfecta. Pregunta a tu clínica cuándo volver para una revisión.
today-read-before = Leer: antes del láser
today-read-day-by-day = Leer: día a día
today-read-skin-rebuilds = Leer: cómo se renueva la piel
