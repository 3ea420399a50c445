## Módulo 2: cómo funcionan los láseres pico. Datos de shared/content/evidence-brief.md, secciones 3 y 4.

pico-pulse-title = ¿Qué es un pulso de láser?
pico-pulse-p1 = Un láser puede enviar su luz en destellos muy cortos. Cada destello se llama pulso. Un láser pico hace pulsos cortísimos.
pico-pulse-p2 = Pico viene de picosegundo. Un picosegundo es una billonésima de segundo. Los pulsos pico duran unos cientos de picosegundos, que se escriben ps.
pico-pulse-p3 = Por ejemplo, una máquina autorizada en EE. UU. lanza pulsos de 240 a 750 ps. Otra usa 550 ps en uno de sus modos. Los láseres más antiguos, llamados Q-switched, lanzan pulsos que duran nanosegundos. Esos duran unas mil veces más.

pico-shake-title = ¿Calor o sacudida?
pico-shake-p1 = La luz puede actuar sobre la piel de cuatro formas. Puede dar calor, mandar una onda de presión, causar un cambio químico o dar un suave empujón a las células. Los láseres pico se apoyan sobre todo en la onda de presión, una sacudida diminuta.
pico-shake-p2 = Piensa en dos relojes para un blanco diminuto, como un grano de pigmento (el color de la piel). El reloj del calor es el tiempo que tarda el calor en escaparse del blanco. Un pulso más corto que eso mantiene el calor dentro del blanco. El reloj de la presión es el tiempo que tarda una onda de presión en cruzar el blanco. Un pulso todavía más corto, más corto que el reloj de la presión, acumula presión. La presión rompe el blanco, y se extiende poco calor a la piel de alrededor.
pico-shake-p3 = En un grano de 1 micrómetro de ancho, el reloj de la presión es de unos 300 ps. Esa cifra es una estimación. Desliza el pulso de nanosegundos a picosegundos y dispara al grano. Mira de qué relojes es más corto tu pulso. Luego elige el tejido de cicatriz. Este modelo no tiene ningún grano ahí, así que te remite a la página de la lente especial.

pico-colours-title = Los colores de la luz láser
pico-colours-p1 = La luz láser tiene distintos colores. Cada uno se nombra por su longitud de onda, en nanómetros (nm). Los láseres pico usan 532, 755 o 1064 nm. Algunos también tienen piezas de mano de 730 o 785 nm, la parte del láser que se sostiene con la mano.
pico-colours-p2 = Las longitudes de onda más largas llegan más hondo en la piel. También son más suaves con el pigmento de la capa de arriba. Toca cada longitud de onda para ver hasta dónde llega.

pico-beams-title = Un haz, muchos haces diminutos
pico-beams-p1 = Una lente especial puede dividir el haz en muchos puntos diminutos, cada uno lleno de energía. Debajo de cada punto se forman en la piel burbujas diminutas, llamadas vacuolas. En la capa de arriba de la piel, se forman por LIOB, siglas en inglés de ruptura óptica inducida por láser. En la dermis, la capa de abajo, se forman por cavitación. La piel entre los puntos queda entera.
pico-beams-p2 = Prueba cada lente. En una prueba con piel de cerdo, la lente pareja hizo burbujas de unos 78 micrómetros, y la microlente de unos 163. Un micrómetro es una milésima de milímetro. Cuántas burbujas se forman depende del pigmento de la piel.

pico-rebuild-title = Tu piel se renueva
pico-rebuild-p1 = Después de una sesión, tu piel empieza a repararse. En un estudio, unas pequeñas muestras de piel mostraron una dermis, la capa del medio, más gruesa. También tenían más fibras elásticas y más colágeno tipo III, un tipo de fibra dura de la piel.
pico-rebuild-p2 = Esto lleva de semanas a meses. Los resultados se van sumando a lo largo de varias sesiones. Un tratamiento suele tener de 3 a 6 sesiones, con unas 4 semanas entre ellas. Mueve el control de semanas y mira cómo sube un poco el fondo de la cicatriz.

pico-studies-title = Lo que midió un estudio
pico-studies-p1 = En un estudio, 20 personas tuvieron 6 sesiones con un láser pico de 755 nm. Unas fotos especiales en 3D midieron el volumen de la cicatriz, es decir, el tamaño de los hundimientos. Era alrededor de un 24 % menor 1 mes después de la última sesión. A los 3 meses, era alrededor de un 27 % menor.
pico-studies-p2 = Unos revisores miraron las fotos sin saber cuáles eran de antes y cuáles de después. Calcularon que la piel había mejorado entre un 25 y un 50 % en conjunto. En promedio, las personas puntuaron el dolor con un 2,8 sobre 10.
pico-studies-p3 = El fabricante del láser pagó parte de este estudio. Con solo 20 personas, además, fue un estudio pequeño. Ten en cuenta las dos cosas al leer sus cifras.

pico-more-title = Más estudios
pico-more-p1 = En otro estudio, las personas tuvieron 4 sesiones mensuales con luz de 1064 y 532 nm. Su puntuación de las cicatrices bajó de 1,8 a 1,1. Los únicos efectos secundarios fueron rojez, hinchazón leve y sangrado puntual. El sangrado puntual son puntitos rojos donde la piel sangró un poco.
pico-more-p2 = Un estudio con 42 pacientes asiáticos usó luz de 755 nm. En promedio, cada persona tuvo 4,3 sesiones. Dos de ellos tuvieron manchas marrones, llamadas hiperpigmentación. Las dos manchas se aclararon.
pico-more-p3 = Un estudio de 2024 incluyó a personas con los tipos de piel más oscuros, V y VI. Tuvieron hasta 5 sesiones mensuales. Las 17 personas que volvieron a control habían mejorado en la escala del médico. No hubo efectos secundarios graves.

pico-marketing-title = Anuncios y pruebas
pico-marketing-p1 = Un anuncio puede decir que el 86 % de las personas quedaron satisfechas. Eso no quiere decir que sus cicatrices mejoraran un 86 %. Estar contento con un tratamiento no es lo mismo que cuánto cambió una cicatriz.
pico-marketing-p2 = Los estudios pueden medir lo contenta que está la gente, cómo puntúan los médicos las fotos o la propia cicatriz. En esos mismos años, el estudio que midió el volumen de las cicatrices lo encontró alrededor de un 24 % menor. El fabricante del láser pagó parte de ese estudio.
pico-marketing-p3 = Cuando veas una cifra en un anuncio, haz tres preguntas. ¿Qué se midió? ¿Cuántas personas participaron? ¿Quién pagó el estudio?

pico-compared-title = Comparado con otros tratamientos
pico-compared-p1 = En un ensayo, cada persona recibió láser pico en un lado de la cara. El otro lado recibió otro láser. Tras 4 sesiones, la puntuación de las cicatrices bajó un 39 % en el lado del pico y un 44 % en el otro. La diferencia fue demasiado pequeña para mostrar que uno sea mejor.
pico-compared-p2 = Una revisión juntó 7 estudios de láseres fraccionados, los que dividen el haz en puntos diminutos. Los láseres pico funcionaron más o menos igual que los demás, y dolieron menos. Causaron muchas menos manchas marrones, pero mucho más sangrado puntual.
pico-compared-p3 = No se ha probado que ningún tratamiento para las cicatrices de acné sea el mejor. Los médicos suelen combinar tratamientos. Las cicatrices pueden mejorar, pero el cambio es parcial. Pregunta a tu médico qué combinación va mejor con tus cicatrices.

pico-q-how-short = ¿Cuánto dura un pulso de un láser pico?
pico-q-how-short-a = Unos cientos de nanosegundos
pico-q-how-short-b = Unos cientos de picosegundos
pico-q-how-short-c = Más o menos una milésima de segundo
pico-q-how-short-why = Los pulsos pico duran unos cientos de picosegundos. Un picosegundo es una billonésima de segundo. Los láseres más antiguos usan pulsos unas mil veces más largos.

pico-q-pressure = ¿Qué pulso acumula presión que rompe un grano diminuto de pigmento?
pico-q-pressure-a = Un pulso más largo que el tiempo que tarda el calor en escaparse del grano
pico-q-pressure-b = Un pulso más corto que el tiempo que tarda una onda de presión en cruzar el grano
pico-q-pressure-c = Un pulso que empuja el grano hacia fuera por la superficie de la piel
pico-q-pressure-why = Piensa en dos relojes. Un pulso más corto que el tiempo que tarda el calor en escaparse mantiene el calor dentro del grano. Un pulso todavía más corto, más corto que el tiempo que tarda una onda de presión en cruzar el grano, acumula presión. Eso rompe el grano y se extiende poco calor. En un grano de 1 micrómetro de ancho, ese tiempo es de unos 300 ps. Esa cifra es una estimación.

pico-q-deeper = Las longitudes de onda más largas, como 1064 nm, llegan más hondo en la piel que 532 nm.
pico-q-deeper-why = Verdadero. Las longitudes de onda más largas llegan más hondo. También son más suaves con el pigmento de la capa de arriba.

pico-q-between = Con una lente fraccionada, cada trocito de piel bajo el haz recibe una burbuja.
pico-q-between-why = Falso. La lente divide el haz en puntos diminutos. Se forman burbujas bajo cada punto, y la piel entre los puntos queda entera.

pico-q-order = Ordena estos pasos, del primero al último.
pico-q-order-step1 = Una lente divide el haz en muchos puntos diminutos
pico-q-order-step2 = Se forman burbujas diminutas en la piel bajo cada punto
pico-q-order-step3 = La piel empieza a repararse
pico-q-order-step4 = Durante semanas o meses, la dermis se vuelve más gruesa
pico-q-order-why = Los puntos diminutos hacen burbujas diminutas. Luego la piel empieza a repararse. La reparación lleva de semanas a meses y se va sumando a lo largo de varias sesiones.

pico-q-volume = En el estudio de 20 personas, ¿cuánto menor era el volumen de la cicatriz 1 mes después de la última sesión?
pico-q-volume-a = Un 86 % menor, más o menos
pico-q-volume-b = Un 24 % menor, más o menos
pico-q-volume-c = Más o menos igual que antes
pico-q-volume-d = Las cicatrices habían desaparecido
pico-q-volume-why = Las fotos en 3D mostraron un volumen alrededor de un 24 % menor al cabo de 1 mes. A los 3 meses, era alrededor de un 27 % menor. Las cicatrices mejoraron, pero solo en parte. El fabricante del láser pagó parte de este estudio.

pico-q-satisfied = Un anuncio dice que el 86 % de los pacientes quedaron satisfechos. ¿Qué te dice esa cifra?
pico-q-satisfied-a = Sus cicatrices mejoraron un 86 %
pico-q-satisfied-b = 86 de cada 100 cicatrices desaparecieron
pico-q-satisfied-c = La mayoría quedó contenta, que no es lo mismo que cuánto cambiaron las cicatrices
pico-q-satisfied-why = Estar satisfecho habla de cómo se sintió la gente, no de cuánto cambiaron las cicatrices. El estudio que midió el volumen de las cicatrices lo encontró alrededor de un 24 % menor. El fabricante del láser pagó parte de ese estudio.

pico-q-ad = Ves una cifra en un anuncio de un láser. ¿Qué preguntas vale la pena hacer? Marca todas las que correspondan.
pico-q-ad-a = ¿Qué se midió?
pico-q-ad-b = ¿Qué tan conocida es la marca del láser?
pico-q-ad-c = ¿Cuántas personas participaron?
pico-q-ad-d = ¿Quién pagó el estudio?
pico-q-ad-why = Qué se midió, cuántas personas participaron y quién pagó cambian lo que significa una cifra. Una marca conocida no hace que una cifra sea más cierta.

pico-q-best = Los estudios han demostrado que los láseres pico son el mejor tratamiento para las cicatrices de acné.
pico-q-best-why = Falso. No se ha probado que ningún tratamiento para las cicatrices de acné sea el mejor. Los médicos suelen combinar tratamientos, y el cambio es parcial.

pico-q-compared = Una revisión juntó 7 estudios de láseres pico fraccionados y otros láseres fraccionados. ¿Qué encontró para el pico? Marca todas las que correspondan.
pico-q-compared-a = Funcionó más o menos igual
pico-q-compared-b = Causó más manchas marrones
pico-q-compared-c = Dolió menos
pico-q-compared-d = Causó más sangrado puntual
pico-q-compared-e = Hizo desaparecer las cicatrices por completo
pico-q-compared-why = El pico funcionó más o menos igual y dolió menos. Causó muchas menos manchas marrones, pero mucho más sangrado puntual. Con cualquiera de estos láseres, el cambio es parcial.
