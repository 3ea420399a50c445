## Módulo 1: tipos de cicatrices. Datos de shared/content/evidence-brief.md, secciones 1 y 2.

scar-types-layers-title = Tu piel tiene tres capas
scar-types-layers-p1 = Tu piel está hecha de capas. La capa de arriba es fina. Se llama epidermis. Es la parte que ves y tocas.
scar-types-layers-p2 = Debajo está la capa del medio, llamada dermis. Es más gruesa y está llena de fibras fuertes llamadas colágeno. Debajo de la dermis hay una capa de grasa.
scar-types-layers-p3 = Algunas cicatrices se quedan cerca de la superficie. Otras llegan hondo en la dermis. Lo profunda que es una cicatriz ayuda a decidir cómo se puede tratar.

scar-types-colour-title = ¿Una mancha de color o una cicatriz?
scar-types-colour-p1 = Cuando un grano se cura, puede dejar una mancha plana, roja o marrón. La piel sigue lisa. Estas manchas a menudo se aclaran con los meses.
scar-types-colour-why = Una mancha roja es rojez de vasos sanguíneos diminutos que se ensancharon mientras el grano estaba rojo y dolorido. Una mancha marrón es pigmento de más, el color natural de la piel.
scar-types-colour-p2 = Una cicatriz es distinta. Cambia la forma de la piel. Puede ser un hundimiento o un bulto.
scar-types-colour-p3 = Los médicos usan estas palabras de formas distintas. Una escala cuenta las manchas planas como la cicatriz más leve. Muchos dermatólogos dicen que una mancha plana no es una cicatriz de verdad. Pregunta a tu médico qué quiere decir.

scar-types-icepick-title = Cicatrices en picahielo
scar-types-icepick-p1 = Una cicatriz en picahielo es un agujero pequeño y hondo. Parece que la piel se pinchó con una herramienta afilada.
scar-types-icepick-p2 = Es estrecha: mide menos de unos 2 mm de ancho. Pero puede ser profunda y llegar a la parte baja de la dermis o más abajo.
scar-types-icepick-p3 = Como es tan estrecha y profunda, los tratamientos que actúan en la superficie de la piel llegan mal a ella. Los médicos pueden usar otras formas de tratarla.

scar-types-boxcar-title = Cicatrices en furgón (boxcar)
scar-types-boxcar-p1 = Una cicatriz en furgón es un hundimiento redondo u ovalado. Tiene bordes rectos y marcados y un fondo plano, como una cajita apretada contra la piel.
scar-types-boxcar-p2 = Mide unos 1,5 a 4 mm de ancho. Algunas son poco profundas. Otras son más hondas.
scar-types-boxcar-p3 = Las cicatrices en furgón poco profundas a menudo responden mejor a los tratamientos que renuevan la capa de arriba, como los láseres.

scar-types-rolling-title = Cicatrices onduladas
scar-types-rolling-p1 = Las cicatrices onduladas son hundimientos anchos y suaves. Cada una mide más de unos 4 a 5 mm. Pueden hacer que la piel se vea ondulada.
scar-types-rolling-p2 = Se deben a bandas de tejido duro bajo la piel. Las bandas tiran de la superficie hacia abajo, como los botones de un cojín.
scar-types-rolling-p3 = Las cicatrices onduladas hacen que la piel se vea desigual, sobre todo con luz de lado. Un tratamiento llamado subcisión suelta las bandas.

scar-types-hypertrophic-title = Cicatrices elevadas: hipertróficas
scar-types-hypertrophic-p1 = Algunas cicatrices sobresalen en vez de hundirse. Una cicatriz hipertrófica es un bulto firme en la piel.
scar-types-hypertrophic-p2 = Se queda dentro de la zona donde estaba el grano. No se extiende más allá.

scar-types-keloid-title = Cicatrices elevadas: queloides
scar-types-keloid-p1 = Un queloide es una cicatriz elevada que crece más allá de la zona del grano.
scar-types-keloid-p2 = Algunas personas, y algunas familias, tienden a tener queloides. Si tú o tu familia tienen queloides, díselo a tu médico antes de cualquier tratamiento de la piel.

scar-types-explorer-title = Explora todos los tipos
scar-types-explorer-p1 = Aquí tienes todos los tipos, uno al lado del otro: cinco tipos de cicatrices y, después, manchas de color planas, que no son cicatrices. El tamaño de las cicatrices está a escala, pero las capas de la piel están simplificadas. Toca cada uno. Mira qué tan ancho y qué tan hondo es.

scar-types-side-light-title = Por qué importa la luz de lado
scar-types-side-light-p1 = Mueve la lámpara de arriba a abajo. Mira la cicatriz ondulada.
scar-types-side-light-p2 = La luz de arriba esconde los hundimientos suaves. La luz de lado hace sombras, y así se ven. Por eso las cicatrices onduladas se notan más con cierta luz.

scar-types-grading-title = Cómo describen los médicos las cicatrices
scar-types-grading-p1 = Los médicos pueden dar un grado a las cicatrices. Una escala, de Goodman y Baron, tiene 4 grados. El grado 1 son manchas de color planas.
scar-types-grading-p2 = El grado 2 es leve: cuesta verlo a más o menos medio metro y se tapa fácil con maquillaje. El grado 3 es moderado: se ve bien a esa distancia y se aplana al estirar la piel. El grado 4 es grave: no se aplana al estirar la piel.
scar-types-grading-p3 = No hay una sola escala mejor que las demás. Tu médico puede usar otra, y está bien.

scar-types-sort-title = Juego: ¿qué cicatriz es?
scar-types-sort-p1 = Mira cada dibujo y elige su tipo. Si la piel está plana y solo cambió su color, elige «No es una cicatriz». Después de cada respuesta verás por qué.

scar-types-common-title = No estás solo
scar-types-common-p1 = El acné es muy común. La mayoría de la gente lo tiene en algún momento entre los 11 y los 30 años, más o menos.
scar-types-common-p2 = Las cicatrices también son comunes. En un estudio de EE. UU. con 1972 personas con acné que fueron al dermatólogo, 43 de cada 100 tenían cicatrices de acné. La mayoría solo había tenido acné leve o medio. Las cicatrices son más probables tras un acné grave, un tratamiento tardío o un acné que vuelve, y en los hombres.
scar-types-common-p3 = Las cicatrices pueden pesar en cómo se siente la gente, aunque sean leves. Esos sentimientos son reales. Está bien hablar de ellos con tu médico.

scar-types-q-icepick-shape = ¿Qué cicatriz es un agujero estrecho y hondo, como un pinchazo?
scar-types-q-icepick-shape-a = Una cicatriz en picahielo
scar-types-q-icepick-shape-b = Una cicatriz ondulada
scar-types-q-icepick-shape-c = Un queloide
scar-types-q-icepick-shape-why = Las cicatrices en picahielo miden menos de unos 2 mm de ancho, pero pueden llegar muy hondo en la piel.

scar-types-q-which-shown = ¿Qué tipo de cicatriz muestra este dibujo?
scar-types-q-boxcar-shown-a = Una cicatriz en furgón
scar-types-q-boxcar-shown-b = Una cicatriz en picahielo
scar-types-q-boxcar-shown-c = Una cicatriz hipertrófica
scar-types-q-boxcar-shown-why = Tiene bordes rectos y un fondo plano. Esa es la forma de una cicatriz en furgón.
scar-types-q-rolling-shown-a = Una cicatriz ondulada
scar-types-q-rolling-shown-b = Una cicatriz en furgón
scar-types-q-rolling-shown-c = Un queloide
scar-types-q-rolling-shown-why = Es un hundimiento ancho y suave, con bandas que tiran de él desde abajo. Es una cicatriz ondulada.

scar-types-q-rolling-light = Las cicatrices onduladas se notan más con luz que llega de lado.
scar-types-q-rolling-light-why = Verdadero. Las cicatrices onduladas hacen que la piel se vea desigual, sobre todo con luz de lado.

scar-types-q-colour-flat = Una mancha roja o marrón que queda tras un grano es plana y a menudo se aclara con los meses.
scar-types-q-colour-flat-why = Verdadero. Estas manchas de color no cambian la forma de la piel y suelen aclararse con el tiempo.

scar-types-q-keloid-spreads = ¿Qué hace distinto a un queloide de una cicatriz hipertrófica?
scar-types-q-keloid-spreads-a = El queloide crece más allá de la zona del grano
scar-types-q-keloid-spreads-b = El queloide es un hundimiento, no un bulto
scar-types-q-keloid-spreads-c = El queloide siempre es plano
scar-types-q-keloid-spreads-why = Los dos sobresalen. La cicatriz hipertrófica se queda dentro de la zona del grano. El queloide se extiende más allá.

scar-types-q-keloid-tell = Si tiendes a tener queloides, debes decírselo a tu médico antes de cualquier tratamiento de la piel.
scar-types-q-keloid-tell-why = Verdadero. Tener tendencia a los queloides, tú o tu familia, importa antes de cualquier tratamiento.

scar-types-q-bands = ¿Qué tira hacia abajo de las cicatrices onduladas?
scar-types-q-bands-a = Bandas de tejido duro bajo la piel
scar-types-q-bands-b = Demasiada grasa en la piel
scar-types-q-bands-c = Las manchas de color
scar-types-q-bands-why = Unas bandas duras bajo la piel sujetan la superficie hacia abajo. Un tratamiento llamado subcisión las suelta.

scar-types-q-icepick-surface = Los tratamientos que solo actúan en la superficie de la piel llegan fácil a las cicatrices en picahielo.
scar-types-q-icepick-surface-why = Falso. Las cicatrices en picahielo son estrechas y hondas, así que los tratamientos de superficie llegan mal a ellas.

scar-types-q-boxcar-size = ¿Más o menos cuánto mide de ancho una cicatriz en furgón?
scar-types-q-boxcar-size-a = Unos 1,5 a 4 mm
scar-types-q-boxcar-size-b = Más de 2 cm
scar-types-q-boxcar-size-c = Menos que un pelo
scar-types-q-boxcar-size-why = Las cicatrices en furgón suelen medir unos 1,5 a 4 mm de ancho.

scar-types-q-one-scale = Todos los médicos usan la misma escala para dar un grado a las cicatrices de acné.
scar-types-q-one-scale-why = Falso. Hay varias escalas, y ninguna es la mejor de todas.

scar-types-q-common = En un estudio de EE. UU. con 1972 personas con acné que fueron al dermatólogo, ¿cuántas tenían cicatrices de acné?
scar-types-q-common-a = Unas 43 de cada 100
scar-types-q-common-b = Unas 4 de cada 100
scar-types-q-common-c = Todas
scar-types-q-common-why = 43 de cada 100 tenían cicatrices. La mayoría solo había tenido acné leve o medio.

scar-types-q-dented = ¿Cuáles de estas son cicatrices hundidas? Marca todas las que lo sean.
scar-types-q-dented-icepick = Cicatrices en picahielo
scar-types-q-dented-boxcar = Cicatrices en furgón
scar-types-q-dented-rolling = Cicatrices onduladas
scar-types-q-dented-keloid = Queloides
scar-types-q-dented-hypertrophic = Cicatrices hipertróficas
scar-types-q-dented-why = Las cicatrices en picahielo, en furgón y onduladas son los tres tipos principales de cicatrices hundidas. Los queloides y las cicatrices hipertróficas sobresalen.

scar-types-q-tap-rolling = Toca la cicatriz ondulada.
scar-types-q-tap-rolling-why = La cicatriz ondulada es el hundimiento ancho y suave de la derecha, con bandas que tiran de él.

scar-types-q-tap-icepick = Toca la cicatriz en picahielo.
scar-types-q-tap-icepick-why = La cicatriz en picahielo es el agujero estrecho y hondo de la izquierda.

scar-types-q-widths = Ordena estas cicatrices de la más estrecha a la más ancha.
scar-types-q-widths-icepick = En picahielo: menos de unos 2 mm
scar-types-q-widths-boxcar = En furgón: unos 1,5 a 4 mm
scar-types-q-widths-rolling = Ondulada: más de unos 4 a 5 mm
scar-types-q-widths-why = Las cicatrices en picahielo son las más estrechas, las de furgón quedan en medio y las onduladas son las más anchas.
