## Módulo 2: cómo funcionan los láseres pico. Datos de shared/content/evidence-brief.md, secciones 3 y 4.

pico-flashes-title = Destellos de luz muy cortos
pico-flashes-p1 = Un láser envía la luz en destellos cortos, llamados pulsos. Un láser pico los hace muy cortos.
pico-flashes-p2 = Cada destello dura unos cientos de picosegundos. Un picosegundo es una billonésima de segundo. Un láser, por ejemplo, lanza destellos de 240 a 750 picosegundos.
pico-flashes-p3 = Los láseres más antiguos, llamados Q-switched, lanzan destellos de nanosegundos. Duran unas mil veces más.

pico-shake-title = ¿Calor o una sacudida?
pico-shake-p1 = La luz puede cambiar la piel de varias formas. Puede calentarla. También puede mandar una onda de presión, como una sacudida diminuta. Los láseres pico se apoyan en la sacudida.
pico-shake-p2 = El calor necesita tiempo para extenderse. Un destello muy corto termina antes de que el calor se escape. Si es aún más corto, la presión crece hasta que un granito de pigmento se rompe. Pruébalo: lanza un pulso largo y luego uno pico.

pico-colours-title = Los colores de la luz láser
pico-colours-p1 = Los láseres pico usan algunos colores de luz, que se nombran por su longitud de onda: 532, 755 y 1064 nm. Algunas máquinas también usan 730 o 785 nm.
pico-colours-p2 = Las longitudes de onda más largas llegan más hondo en la piel. También son más suaves con el pigmento de la capa de arriba. Elige un color para ver hasta dónde llega.

pico-beams-title = Un haz, muchos haces diminutos
pico-beams-p1 = Una lente especial puede dividir el haz del láser en muchos haces diminutos. Debajo de cada uno se forma una burbuja diminuta en la piel. La piel entre las burbujas queda entera, y así puede ayudar a curar.
pico-beams-p2 = En una prueba con piel de cerdo, un tipo de lente hizo haces parejos y burbujas de unos 78 micrómetros. Otra hizo haces menos parejos y burbujas de unos 163 micrómetros. Cuántas burbujas se forman depende del pigmento de la piel.

pico-rebuild-title = La piel se renueva
pico-rebuild-p1 = Después del tratamiento, la piel empieza a repararse. En un estudio, las muestras de piel mostraron una capa del medio más gruesa, más fibras elásticas y más colágeno nuevo.
pico-rebuild-p2 = Esto lleva semanas o meses. Los resultados se suman a lo largo de varias sesiones, a menudo de 3 a 6, con unas 4 semanas entre ellas. Mueve el control de semanas para ver cómo sube un poco el fondo de una cicatriz.

pico-studies-title = Lo que encontraron los estudios
pico-studies-p1 = En un estudio, 20 personas tuvieron 6 sesiones. El volumen de la cicatriz, medido en 3D, era un 24 % menor 1 mes después y un 27 % menor 3 meses después. Los médicos que miraron las fotos calcularon un cambio del 25 al 50 %. El dolor fue de unos 3 sobre 10. El fabricante del láser pagó parte de este estudio.
pico-studies-p2 = En otro estudio, con 4 sesiones mensuales, la puntuación de las cicatrices bajó de 1,8 a 1,1. Los únicos efectos secundarios fueron rojez, hinchazón leve y puntitos de sangrado.
pico-studies-p3 = En un estudio con 42 pacientes asiáticos, 2 tuvieron manchas marrones, y ambas se aclararon. En un estudio con personas de piel muy oscura, las 17 que volvieron a control habían mejorado, sin efectos secundarios graves.

pico-marketing-title = Anuncios y pruebas
pico-marketing-p1 = Un anuncio puede decir que el 86 % de las personas quedaron satisfechas. Eso no es lo mismo que una piel un 86 % mejor. Estar contento con un tratamiento y cuánto cambia una cicatriz son cosas distintas.
pico-marketing-p2 = En esos mismos años, el estudio que midió el volumen de las cicatrices lo encontró un 24 % menor. Las dos cifras pueden ser ciertas. Solo miden cosas distintas.
pico-marketing-p3 = Cuando veas una cifra, pregunta: ¿qué se midió? ¿Cuántas personas había en el estudio? ¿Quién lo pagó?

pico-compared-title = Comparado con otros tratamientos
pico-compared-p1 = En un ensayo, cada persona recibió láser pico en un lado de la cara y otro láser en el otro lado. La puntuación de las cicatrices bajó un 39 % y un 44 %. La diferencia fue demasiado pequeña para contar.
pico-compared-p2 = Al juntar 7 estudios, los láseres pico funcionaron más o menos igual que otros láseres de este tipo. Dolieron menos y causaron muchas menos manchas marrones, pero más puntitos de sangrado.
pico-compared-p3 = No hay ningún tratamiento para las cicatrices de acné que se haya probado que sea el mejor. Los médicos suelen combinar tratamientos. Las cicatrices pueden mejorar, pero no quedar perfectas.

pico-q-how-short = ¿Cuánto dura un destello de un láser pico?
pico-q-how-short-a = Más o menos un segundo
pico-q-how-short-b = Unos cientos de billonésimas de segundo
pico-q-how-short-c = Más o menos un minuto
pico-q-how-short-why = Los láseres pico lanzan destellos de unos cientos de picosegundos. Un picosegundo es una billonésima de segundo.

pico-q-pressure = ¿Por qué un destello muy corto rompe un granito de pigmento?
pico-q-pressure-a = La presión crece más rápido de lo que puede escapar
pico-q-pressure-b = El granito se derrite despacio
pico-q-pressure-c = La luz empuja el granito fuera de la piel
pico-q-pressure-why = Un destello más corto que el tiempo que tarda una onda de presión en cruzar el granito atrapa la presión. El granito se rompe con la sacudida, y se extiende poco calor alrededor.

pico-q-deeper = ¿Verdadero o falso?: las longitudes de onda más largas, como 1064 nm, llegan más hondo en la piel que 532 nm.
pico-q-deeper-why = Verdadero. Las longitudes de onda más largas llegan más hondo y son más suaves con el pigmento de la capa de arriba.

pico-q-between = ¿Verdadero o falso?: con una lente fraccionada, el láser quema toda la piel que toca.
pico-q-between-why = Falso. El haz se divide en haces diminutos. Cada uno hace una burbuja diminuta, y la piel entre ellas queda entera.

pico-q-order = Ordena estos pasos, del primero al último.
pico-q-order-step1 = Una lente divide el láser en haces diminutos
pico-q-order-step2 = Cada haz diminuto hace una burbuja diminuta en la piel
pico-q-order-step3 = La piel empieza a repararse
pico-q-order-step4 = Durante semanas y sesiones, se forma colágeno nuevo
pico-q-order-why = Los haces diminutos hacen burbujas diminutas. Luego la piel se repara, y el colágeno nuevo se forma durante semanas o meses.

pico-q-satisfied = Un anuncio dice "el 86 % de los pacientes quedaron satisfechos". ¿Qué te dice eso?
pico-q-satisfied-a = Sus cicatrices mejoraron un 86 %
pico-q-satisfied-b = La mayoría quedó contenta, que no es lo mismo que cuánto cambiaron las cicatrices
pico-q-satisfied-c = El tratamiento funciona en 86 de cada 100 cicatrices
pico-q-satisfied-why = Estar satisfecho no mide el cambio de una cicatriz. El estudio que midió el volumen de las cicatrices lo encontró un 24 % menor.

pico-q-ad = Ves una cifra en un anuncio. ¿Qué vale la pena preguntar? Elige todas las que correspondan.
pico-q-ad-a = ¿Qué se midió?
pico-q-ad-b = ¿Cuántas personas había en el estudio?
pico-q-ad-c = ¿Quién pagó el estudio?
pico-q-ad-d = ¿De qué color es la máquina del láser?
pico-q-ad-why = Qué se midió, cuántas personas participaron y quién pagó cambian lo que significa una cifra.

pico-q-best = ¿Verdadero o falso?: los estudios muestran que los láseres pico son el mejor tratamiento para las cicatrices de acné.
pico-q-best-why = Falso. No se ha probado que ningún tratamiento para las cicatrices de acné sea el mejor. Los médicos suelen combinar tratamientos, y los resultados son parciales.

pico-q-compared = Unos estudios juntaron láseres pico y otros láseres del mismo tipo. ¿Qué encontraron para el pico? Elige todas las que correspondan.
pico-q-compared-a = Funcionó más o menos igual
pico-q-compared-b = Dolió menos
pico-q-compared-c = Causó más manchas marrones
pico-q-compared-d = Causó más puntitos de sangrado
pico-q-compared-why = El pico funcionó más o menos igual, con menos dolor y muchas menos manchas marrones, pero con más puntitos de sangrado.
