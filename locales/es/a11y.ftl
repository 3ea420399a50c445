## Texto para lectores de pantalla: lo que muestra cada dibujo y nombres para los botones
## que en pantalla son solo un símbolo o un color.

a11y-picture-skin = Dibujo: un corte de piel lisa visto de lado, con el nombre de cada capa al lado.
a11y-picture-lineup = Dibujo: un corte de piel visto de lado, con los tres tipos de cicatrices de acné hundidas una al lado de la otra, cada una marcada arriba.
a11y-picture-explorer = Dibujo: un corte de piel visto de lado. Cinco tipos de cicatrices están uno al lado del otro y, a la derecha, una mancha de color roja y otra marrón, que no son cicatrices. El tamaño de las cicatrices está a escala; las capas de la piel están simplificadas.
a11y-picture-scar = Dibujo: un corte de piel visto de lado, que muestra este tipo de cicatriz o marca: { $scar }.
# A drawing a question is about: its shape in words, never its name.
a11y-picture-one-scar = Dibujo: un corte de piel visto de lado. { $shape }
a11y-shape-icepick = Es un agujero estrecho y hondo que llega muy abajo en la piel.
a11y-shape-boxcar = Es un hundimiento con bordes rectos y marcados y el fondo plano.
a11y-shape-rolling = Es un hundimiento ancho y suave, con bordes en pendiente. Unas bandas bajo la piel tiran de él hacia abajo.
a11y-shape-hypertrophic = Es un bulto firme sobre la piel. Se queda dentro de la marca que señala dónde estaba el grano.
a11y-shape-keloid = Es un bulto que sobresale. Se extiende más allá de la marca que señala dónde estaba el grano.
a11y-shape-colour-mark = La piel está plana, sin hundimiento ni bulto. En un sitio, unos vasos sanguíneos diminutos bajo la capa de arriba están más anchos, así que se ve rojo. En otro, hay pigmento de más en la capa de arriba, así que se ve marrón.

a11y-scene-side-light = Dibujo: una lámpara ilumina piel con cicatrices desde el ángulo que eliges. La luz de lado hace sombras en los hundimientos, y así se ve una cicatriz ondulada. La luz desde arriba la esconde.
a11y-scene-pulse-length = Dibujo de un modelo ilustrativo: un pulso de láser llega a un granito diminuto de pigmento en la piel. Un pulso pico muy corto acumula presión que rompe el grano, con poco calor. Un pulso más largo calienta el grano. Uno mucho más largo deja que el calor se escape a la piel de alrededor. Con el tejido de cicatriz elegido, el dibujo no tiene grano y el texto remite a la página de la lente especial.
a11y-scene-wavelength = Dibujo: tres colores de láser entran en la piel. Las longitudes de onda más largas llegan más hondo, y el color de la capa de arriba las absorbe menos.
a11y-scene-fractional-lens = Dibujo: una lente divide el rayo en muchos rayos diminutos. Cada uno deja burbujas diminutas bajo la piel: una en la capa de arriba (LIOB) y otra en la dermis (cavitación). La piel entre los puntos queda intacta.
a11y-scene-remodelling = Dibujo: una cicatriz hundida vista de lado. Con las semanas después de cada sesión, el colágeno nuevo levanta poco a poco el fondo del hundimiento. No queda del todo plana.
a11y-scene-downtime-timeline = Dibujo: un trozo de piel tratada el día que usted elige, con un gráfico de cómo bajan el enrojecimiento y la hinchazón con los días.
a11y-scene-event-planner = Dibujo: un trozo de piel tratada como podría verse el día de su evento. Debajo, un texto dice qué esperar ese día.

a11y-move-up = Subir: { $step }
a11y-move-down = Bajar: { $step }

## La versión de texto de las lecciones (para la web: lectores de pantalla y buscadores).
text-version-title = Scarwise: las lecciones en texto simple
text-version-link = Versión de texto de las lecciones
text-version-contents = ← Todas las lecciones
text-version-check = Compruebe lo que aprendió
text-version-answer = Ver la respuesta
text-version-open-app = Abrir la aplicación interactiva

## Read aloud: a lesson page, a question, an answer or the summary spoken with the device's
## own voices, sentence by sentence. { $language } is the language's own name ("Español").
read-aloud = Leer en voz alta
read-aloud-answer = Leer la respuesta en voz alta
read-aloud-pause = Pausa
read-aloud-resume = Seguir leyendo
read-aloud-stop = Dejar de leer
read-aloud-where = Frase { $number } de { $total }
read-aloud-from-here = Toca una frase para leer desde ahí.
read-aloud-no-voice = Este dispositivo no tiene una voz en { $language }, así que no puede leer esto en voz alta.
read-aloud-no-speech = Este dispositivo no puede leer en voz alta: no tiene voces.
read-aloud-text-offer = Puedes guardar la versión de texto de este módulo. El lector de pantalla de tu dispositivo puede leértela.
read-aloud-text-version = Guardar la versión de texto
read-aloud-text-saved = La versión de texto se guardó en { $path }
read-aloud-text-failed = No se pudo guardar la versión de texto: { $reason }
