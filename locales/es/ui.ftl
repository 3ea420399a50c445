## Pantallas, botones y etiquetas comunes de la app.

loading = Preparando todo…

nav-map = ← Ruta de aprendizaje
nav-settings = Ajustes
nav-about = Acerca de
nav-back = ← Volver

title-tagline = Entiende tus cicatrices de acné antes de hablar con tu médico
title-intro = Aprende los tipos de cicatrices de acné, cómo funciona un láser de picosegundos (pico), cómo son los días después de una sesión y cómo cuidar tu piel. Lecciones cortas, dibujos y preguntas. Ve a tu ritmo: no hay reloj.
title-start = Empezar
title-disclaimer = Scarwise explica. No hace diagnósticos ni reemplaza los consejos de tu médico.

journey-heading = Tu ruta de aprendizaje
journey-total-points = { $points ->
    [one] Llevas 1 punto.
   *[other] Llevas { $points } puntos.
}
journey-module-number = Módulo { $number }
journey-status-locked = Bloqueado
journey-status-open = Listo
journey-status-done = Hecho
journey-unlock-hint = Se abre cuando termines «{ $module }».
journey-coming-soon = Las lecciones de este módulo todavía se están escribiendo.
journey-continue = Siga donde lo dejó: «{ $module }», página { $page }.
journey-continue-open = Seguir leyendo
journey-begin = Empezar
journey-revisit = Leer otra vez o repetir las preguntas
journey-best-result = Mejor resultado: { $correct } de { $total } bien.

lesson-page-of = Página { $page } de { $pages }
lesson-previous = ← Anterior
lesson-next = Siguiente →
lesson-start-quiz = Empezar las preguntas
sources-label = Fuentes:

quiz-question-of = Pregunta { $number } de { $total }
quiz-true = Verdadero
quiz-false = Falso
quiz-right = ¡Correcto!
quiz-wrong = No del todo.
quiz-select-all = Marca todas las respuestas correctas y después comprueba.
quiz-check = Comprobar mi respuesta
quiz-hotspot-or-buttons = Toca la cicatriz en el dibujo o elige su letra:
quiz-hotspot-letter = Cicatriz { $letter }
quiz-order-hint = Usa las flechas para subir o bajar cada paso y después comprueba.
quiz-order-up = Subir
quiz-order-down = Bajar
quiz-right-order = El orden correcto:
quiz-next = Siguiente pregunta →
quiz-see-results = Ver mis resultados →

results-heading = ¡Terminaste «{ $module }»!
results-score = { $total ->
    [one] Acertaste { $correct } de 1 pregunta.
   *[other] Acertaste { $correct } de { $total } preguntas.
}
points-earned = { $points ->
    [one] 1 punto
   *[other] { $points } puntos
}
results-unlocked = Nuevo módulo abierto: «{ $module }».
results-encouragement = Cada respuesta te ayuda a aprender, sea correcta o no. Puedes repetir las preguntas cuando quieras.
results-continue = Ir al siguiente módulo →
results-retry = Repetir las preguntas

settings-heading = Ajustes
settings-language = Idioma
settings-text-size = Tamaño del texto
settings-text-size-sample = Así de grande se verá el texto.
settings-sound = Sonidos después de cada respuesta
settings-reduced-motion = Reducir el movimiento
settings-reduced-motion-hint = Quita los dibujos que se mueven y las celebraciones.
settings-high-contrast = Alto contraste (negro sobre blanco, bordes marcados)
settings-reading-speed = Velocidad de lectura en voz alta
settings-reading-slower = Más lenta
settings-reading-normal = Normal

about-heading = Acerca de Scarwise
about-what = Scarwise es una app gratuita para aprender, pensada para personas con cicatrices de acné. Explica los tipos de cicatrices, cómo funciona el tratamiento con láser de picosegundos, qué esperar después de una sesión y cómo cuidar tu piel, para que puedas hablar mejor con tu médico.
about-disclaimer-heading = Esto no es un consejo médico
about-disclaimer = Scarwise da información general. No puede saber qué necesita tu piel. Los resultados cambian de una persona a otra, y ningún tratamiento deja la piel perfecta. Pregunta a tu médico por tu piel y tu tratamiento.
about-privacy = Tus respuestas se quedan en este aparato. Scarwise no envía nada a ningún sitio.
about-references = Referencias
about-references-intro = Los datos sobre el acné, las cicatrices, las manchas de color y el tratamiento con láser de las lecciones y preguntas vienen de estas fuentes. Las etiquetas coinciden con las líneas «Fuentes» de cada página. Algunos datos básicos son de cultura general, así que no llevan fuente: los nombres de las capas de la piel y de qué color es cada tipo de luz láser.

content-error-heading = No se pudieron cargar algunos archivos de lecciones
content-error-explain = Scarwise encontró problemas en sus archivos de lecciones y se detuvo antes de mostrar algo incorrecto. Esto es lo que encontró:
content-error-fix = Si cuidas de esta app, corrige los archivos de la lista y vuelve a abrirla. Si eres paciente, avisa a la clínica, por favor.

notice-save-set-aside = No se pudo leer tu progreso guardado, así que Scarwise empezó de nuevo. El archivo anterior se conservó.
notice-memory-only = No se puede guardar el progreso en este aparato; se conservará solo hasta que cierres Scarwise.
notice-open-elsewhere = Scarwise ya está abierto en otra ventana. Puedes mirar aquí, pero nada de lo que hagas aquí se guardará. Sigue en la otra ventana.
notice-save-from-newer = Tu progreso se guardó con un Scarwise más nuevo. Está a salvo y no se cambió. Actualiza Scarwise. Hasta entonces, lo que hagas aquí se conservará solo hasta que cierres Scarwise.
notice-save-unreadable = Scarwise no pudo abrir tu progreso guardado ahora mismo. Está a salvo y no se cambió. Lo que hagas ahora se conservará solo hasta que cierres Scarwise. Vuelve a abrir Scarwise más tarde.
notice-save-failed = Scarwise no pudo guardar tu progreso ahora mismo.
notice-unknown-locale = Todavía no hay traducción para «{ $name }», así que se muestra otro idioma.
notice-language-failed = No se pudo cargar { $language }, así que el idioma no cambió. Revisa la conexión a internet e inténtalo de nuevo. ({ $reason })
notice-dismiss = De acuerdo
notice-changed-elsewhere = Tu progreso cambió en otra pestaña o ventana. Para seguir con él aquí, vuelve a cargar esta página. Hasta entonces, no se guarda nada de lo que hagas en esta pestaña.
notice-reload = Volver a cargar

layer-epidermis = Capa de arriba (epidermis)
layer-dermis = Capa del medio (dermis)
layer-fat = Capa de grasa
layer-scar-tissue = Tejido de cicatriz
layer-tether = Bandas que tiran de la piel hacia abajo
layer-pigment = Pigmento de más (mancha marrón)
layer-vessels = Vasos sanguíneos más anchos (mancha roja)
label-original-spot = donde estaba el grano
label-red-mark = Mancha roja
label-brown-mark = Mancha marrón
label-one-mm = 1 mm
scar-name-icepick = En picahielo
scar-name-boxcar = En furgón
scar-name-rolling = Ondulada
scar-name-hypertrophic = Hipertrófica
scar-name-keloid = Queloide
scar-name-colour-mark = Manchas de color (no son cicatrices)

badges-heading = Tus insignias
badges-count = { $earned ->
    [one] 1 de { $total } insignias conseguidas
   *[other] { $earned } de { $total } insignias conseguidas
}
badge-earned-mark = Conseguida
badge-not-yet = Todavía no
badge-dented-three = Conoce los tres tipos principales de cicatrices hundidas
badge-dented-three-about = Sabes distinguir las cicatrices en picahielo, en furgón y onduladas.
badge-scar-spotter = Detective de cicatrices
badge-scar-spotter-about = Encontraste una cicatriz en picahielo y una ondulada en un dibujo.
badge-scar-types-expert = Experto en tipos de cicatrices
badge-scar-types-expert-about = Llegaste a un 90 % de dominio del módulo de tipos de cicatrices.
badge-pulse-pro = Experto en pulsos
badge-pulse-pro-about = Sabes cómo actúan en la piel los pulsos tan cortos de un láser pico.
badge-downtime-ready = Listo para la recuperación
badge-downtime-ready-about = Sabes qué es normal después de una sesión y cuándo llamar a la clínica.
badge-sun-safe = Protegido del sol
badge-sun-safe-about = Sabes cómo proteger del sol la piel que se está curando.
badge-ready = Listo para mi consulta
badge-ready-about = Terminaste el módulo que te prepara para la visita.

review-heading = Hora de repasar
review-due = { $count ->
    [one] 1 pregunta que fallaste antes está lista para practicar.
   *[other] { $count } preguntas que fallaste antes están listas para practicar.
}
review-start = Empezar el repaso
review-results-heading = ¡Repaso terminado!
journey-mastery = { $stars ->
    [one] 1 de 3 estrellas · { $mastery } % de dominio
   *[other] { $stars } de 3 estrellas · { $mastery } % de dominio
}
results-bonus = +{ $points } puntos por terminar el módulo
results-new-badge = Nueva insignia: { $badge }
results-review-hint = Las preguntas que fallas vuelven para repasarlas otros días, hasta que te las sepas.
settings-reset-heading = Empezar de nuevo
settings-reset = Borrar mi progreso
settings-reset-confirm = Esto borra tus puntos, estrellas, insignias y preguntas de repaso en este aparato. No se puede deshacer.
settings-reset-from-link = El enlace que abriste pide borrar el progreso guardado en este navegador. No se borra nada a menos que digas que sí.
settings-reset-yes = Sí, borrar mi progreso
settings-reset-no = No, conservarlo
settings-reset-done = Tu progreso se borró.
