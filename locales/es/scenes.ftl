## Etiquetas, botones y lecturas de las escenas interactivas. Datos de shared/content/evidence-brief.md.

scene-right = Correcto
scene-not-quite = No exactamente
scene-verdict-with = { $verdict }: { $what }
scene-play-again = Jugar otra vez
scene-skin-tone = Tono de piel:
scene-skin-tone-n = Tono de piel { $n } de 6

## Explorador de cicatrices (módulo 1)

explorer-hint = Toca una cicatriz en el dibujo, o elige una letra, para saber más.
explorer-icepick = Un agujero estrecho y hondo, de menos de unos 2 mm de ancho. Puede llegar muy adentro de la piel.
explorer-boxcar = Un hundimiento con bordes rectos y el fondo plano. Mide unos 1,5 a 4 mm de ancho.
explorer-rolling = Un hundimiento ancho y suave, de más de unos 4 a 5 mm. Unas bandas bajo la piel tiran de él hacia abajo.
explorer-hypertrophic = Un bulto firme y elevado. Se queda dentro de la zona del grano.
explorer-keloid = Una cicatriz elevada que crece más allá de la zona del grano.
explorer-colour-mark = Manchas planas, rojas o marrones. La piel sigue lisa. El rojo viene de vasos sanguíneos diminutos que se ensancharon. El marrón es pigmento de más. A menudo se aclaran con los meses. Muchos médicos dicen que no son cicatrices de verdad, pero una escala las cuenta como la cicatriz más leve.

## Luz de lado (módulo 1)

light-angle = Altura de la lámpara
light-seen-from-above = Vista desde arriba
light-rolling-shows = Con luz de lado, la cicatriz ondulada hace sombras suaves. Ahora se ve.
light-rolling-hides = Con luz de arriba, la cicatriz ondulada casi no se ve. Sus bordes son suaves y casi no hacen sombra.

## Juego de clasificar (módulo 1; los contadores se comparten con el juego de la rutina)

sort-progress = { $done } de { $total } hechas · { $right } correctas
sort-which = ¿De qué tipo es?
sort-bin-not-a-scar = No es una cicatriz (mancha de color)
sort-done = Acertaste { $right } de { $total }.
sort-why-icepick = Esa era una cicatriz en picahielo: un agujero estrecho y hondo.
sort-why-boxcar = Esa era una cicatriz en furgón: bordes rectos y fondo plano.
sort-why-rolling = Esa era una cicatriz ondulada: un hundimiento ancho y suave, con bandas que tiran de ella.
sort-why-hypertrophic = Esa era una cicatriz hipertrófica: elevada, pero dentro de la zona del grano.
sort-why-keloid = Esa era un queloide: elevado, y crece más allá de la zona del grano.
sort-why-colour-mark = Eran manchas de color: la piel está plana, solo cambió su color. El rojo viene de vasos sanguíneos más anchos; el marrón, de pigmento de más. Muchos médicos dicen que no son cicatrices de verdad, aunque una escala las cuenta como la cicatriz más leve.

## Laboratorio del pulso (módulo 2)

label-one-micrometre = 1 µm
label-half-mm = 0,5 mm
pulse-target-pigment = Grano de pigmento
pulse-target-tissue = Tejido de cicatriz
pulse-length = Duración del pulso:
pulse-preset-nano = Láser de nanosegundos
pulse-preset-pico = Láser pico
pulse-fire = Disparar un pulso
pulse-readout = Presión que queda dentro del grano: { $pressure } % (modelo ilustrativo). El calor necesita tiempo para escaparse del grano. Una onda de presión necesita tiempo para cruzarlo: en un grano de 1 µm de ancho, unos 300 ps. Esa cifra es una estimación. Un láser pico autorizado en EE. UU. lanza pulsos de 240 a 750 ps.
pulse-model = Modelo ilustrativo
pulse-outcome-breaks = Se rompió; se extendió poco calor
pulse-outcome-heat-stays = Se calentó; el calor se quedó dentro
pulse-outcome-heat-leaks = Se calentó; el calor se escapó a la piel de alrededor
pulse-outcome-tissue = Aquí no hay ningún grano que este modelo pueda romper
pulse-tissue-about = Este modelo muestra un grano de pigmento, no tejido de cicatriz. No muestra lo que un pulso ancho le hace a una cicatriz. En la piel, se forman burbujas diminutas bajo los puntos de una lente especial. La lente divide el haz en puntos diminutos, cada uno lleno de energía. Mira la página «{ pico-beams-title }».

## Longitud de onda (módulo 2)

wave-532 = 532 nm es luz verde. Se queda cerca de la superficie. El pigmento de la capa de arriba absorbe mucha.
wave-755 = 755 nm viene de un láser de alejandrita. Llega más hondo que la luz verde.
wave-1064 = 1064 nm viene de un láser Nd:YAG. Es la que llega más hondo. Es la más suave con el pigmento de la capa de arriba.

## Lente fraccionada (módulo 2)

lens-none = Sin lente
lens-diffractive = Lente uniforme
lens-microlens = Microlente
lens-none-about = Sin una lente especial, el láser da en toda la zona con un solo haz ancho.
lens-diffractive-about = Esta lente divide el haz en muchos haces diminutos e iguales. En una prueba con piel de cerdo, cada uno dejó una burbuja de unos 78 µm. La piel entre las burbujas queda entera.
lens-microlens-about = Esta lente también divide el haz, pero de forma menos pareja. En la misma prueba, las burbujas medían unos 163 µm. La piel entre ellas queda entera.
lens-bubble-rows = Después de un pulso, la fila de burbujas de arriba está en la capa de arriba, donde se forman por LIOB. La fila de abajo está en la dermis, donde se forman por cavitación.

## Renovación del colágeno (módulo 2)

remodel-first-floor = Fondo al inicio
remodel-exaggerated = Profundidad dibujada 4 veces mayor
remodel-weeks = Semanas
remodel-status = Semana { $week } · { $sessions ->
    [one] 1 sesión hasta ahora.
   *[other] { $sessions } sesiones hasta ahora.
}
remodel-measured = En un estudio con 20 personas, el volumen de la cicatriz era alrededor de un { $percent } % menor en este momento.

## Recuperación día a día (módulo 3)

timeline-redness = Rojez
timeline-swelling = Hinchazón
timeline-days = Días
timeline-day = Día
timeline-on-day = { $day ->
    [0] Día del tratamiento
   *[other] Día { $day }
}
timeline-phase-day0 = Tu piel está roja y puede estar un poco hinchada. Puedes ver puntitos rojos donde la piel sangró un poco. Mucha gente vuelve a sus cosas el mismo día o al siguiente.
timeline-phase-fading = La rojez está bajando. La hinchazón casi se ha ido. Mucha gente ya hace su vida normal.
timeline-phase-mostly = En mucha gente, la rojez ya se fue o casi.
timeline-phase-settled = Lo más probable es que tu piel ya esté tranquila. Sigue usando protector solar. Fíjate si salen manchas oscuras en las semanas siguientes.
timeline-normal-title = Normal
timeline-normal-body = Rojez e hinchazón leve durante horas o unos pocos días. Puntitos rojos por pequeños sangrados.
timeline-call-title = Llama a la clínica
timeline-call-body = Ampollas. Costras que se extienden. Más dolor, pus o fiebre. Un herpes labial. Manchas oscuras en las semanas siguientes.

## Planificador de eventos (módulo 3)

planner-days = Días hasta mi evento
planner-event-in = { $days ->
    [0] Mi evento es el día del tratamiento
    [one] Mi evento es 1 día después del tratamiento
   *[other] Mi evento es { $days } días después del tratamiento
}
planner-real-dates = { $days ->
    [0] Tu próxima sesión es el { $session }.
    [one] Tu próxima sesión es el { $session }. { $days } día después será el { $date }.
   *[other] Tu próxima sesión es el { $session }. { $days } días después será el { $date }.
}
planner-ask-clinic = Cada persona se cura un poco distinto. Pregunta a tu clínica cuándo pedir cita si tienes un día importante.

## Juego de la rutina de cuidados (módulo 4)

routine-bin-do = Hazlo
routine-bin-avoid = Evítalo por ahora
routine-bin-ask = Pregunta a tu clínica
routine-morning = Mañana
routine-evening = Noche
routine-later = Más adelante
routine-reapply = Al aire libre, vuelve a ponerte protector solar más o menos cada 2 horas.
routine-when-after-redness = tras uno o dos días, cuando se vaya la rojez
routine-when-clinic-day = el día que diga tu clínica
routine-when-ask = cuando tu clínica diga que está bien
routine-clinic-first = Estos son consejos habituales. Lo que diga tu clínica va primero.
routine-sunscreen = Protector solar de amplio espectro, SPF 30 o más
routine-sunscreen-why = Las clínicas a menudo aconsejan usarlo todos los días, y volver a ponerlo más o menos cada 2 horas al aire libre.
routine-scrub = Exfoliante facial
routine-scrub-why = Las clínicas a menudo aconsejan no usar exfoliantes hasta que tu piel se calme. Tu clínica te dice cuándo.
routine-cleanser = Limpiador suave
routine-cleanser-why = Las clínicas a menudo aconsejan un limpiador suave mientras tu piel se cura.
routine-sauna = Sauna o yoga con calor
routine-sauna-why = Las clínicas a menudo aconsejan evitar el calor fuerte mientras tu piel está roja. Espera uno o dos días, hasta que se vaya la rojez.
routine-makeup = Maquillaje
routine-makeup-why = Muchas veces el maquillaje está bien poco después de este tipo de láser. Tu clínica te dirá cuándo.
routine-retinoid = Crema con retinoides
routine-retinoid-why = Las clínicas a menudo aconsejan no usar retinoides hasta que tu piel se calme. Tu clínica te dice cuándo.
routine-moisturiser = Crema hidratante sencilla
routine-moisturiser-why = Las clínicas a menudo aconsejan una crema hidratante sencilla mientras tu piel se cura.
routine-picking = Tocarse o rascarse
routine-picking-why = No te toques ni te frotes la piel tratada. Deja que se cure sola.
routine-pool = Piscina
routine-pool-why = Las clínicas a menudo aconsejan no ir a la piscina mientras tu piel está roja. Espera uno o dos días.
routine-acids = Peelings con ácidos y tónicos con ácidos
routine-acids-why = Las clínicas a menudo aconsejan no usar ácidos hasta que tu piel se calme. Tu clínica te dice cuándo.
routine-sun = Estar al sol
routine-sun-why = No te pongas al sol directo, sobre todo en las primeras semanas.
routine-lightening = Crema aclaradora
routine-lightening-why = Espera a que tu piel se calme. Tu clínica te dirá cuándo.
timeline-call-phone = Tu clínica: { $phone }
routine-when-day = desde el día { $day } después del tratamiento, como dice tu clínica
