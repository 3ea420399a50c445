## Módulo 4: cuidar tu piel después. Datos de shared/content/evidence-brief.md, secciones 8 y 6.
## Los cuidados son consejos habituales: cada página dice que manda el consejo de la clínica.

aftercare-sun-title = Cuidado del sol cada día
aftercare-sun-p1 = Usa protector solar todos los días. Elige uno que diga amplio espectro, que quiere decir que bloquea muchos tipos de rayos del sol. Elige un factor de protección (FPS o SPF) de 30 o más.
aftercare-sun-p2 = Cuando estés al aire libre, vuelve a ponértelo cada 2 horas, más o menos. No te pongas al sol directo, sobre todo en las primeras semanas.
aftercare-sun-p3 = Este es un consejo habitual. Lo que diga tu clínica va primero.

aftercare-gentle-title = Trata tu piel con suavidad
aftercare-gentle-p1 = Lávate con un limpiador suave, un jabón facial que no irrita. Luego usa una crema hidratante sencilla, que evita que la piel se seque.
aftercare-gentle-p2 = Por ahora, deja los exfoliantes, esos limpiadores con granitos. Deja los productos con ácidos, como los peelings con ácidos y los tónicos con ácidos. Deja los retinoides, que son cremas fuertes con vitamina A. Deja las cremas aclarantes, que aclaran manchas oscuras.
aftercare-gentle-p3 = Espera a que tu piel se calme. Tu clínica te dirá cuántos días. Este es un consejo habitual, y lo que diga tu clínica va primero.

aftercare-hands-off-title = Sin tocar
aftercare-hands-off-p1 = No te toques ni pellizques la piel tratada. No la frotes. Deja que se cure sola.
aftercare-hands-off-p2 = Muchas veces puedes usar maquillaje poco después de este tipo de láser. Pregunta a tu clínica cuándo puedes volver a usarlo.
aftercare-hands-off-p3 = Este es un consejo habitual. Tu clínica puede decirte otra cosa, y lo que diga va primero.

aftercare-heat-title = Calor y agua
aftercare-heat-p1 = Mientras tu piel esté roja, aléjate del calor fuerte. No vayas a la sauna ni hagas yoga con calor durante un día o dos.
aftercare-heat-p2 = Tampoco vayas a la piscina durante ese tiempo.
aftercare-heat-p3 = Este es un consejo habitual. Lo que diga tu clínica va primero.

aftercare-routine-title = Juego: crea tu rutina
aftercare-routine-p1 = Pon cada cosa en su grupo: lo que sí haces, lo que evitas por ahora y lo que preguntas a tu clínica. Verás al momento si aciertas, y por qué. Luego verás tu rutina de mañana y de noche. Este es un consejo habitual, y lo que diga tu clínica va primero.

aftercare-skin-tone-title = Tono de piel y manchas marrones
aftercare-skin-tone-p1 = Los médicos dividen la piel en seis tipos, del I al VI, según cómo reacciona al sol. La piel más oscura, de los tipos IV a VI, tiene manchas marrones con más facilidad tras los láseres que actúan con calor. Estas manchas marrones se llaman hiperpigmentación postinflamatoria.
aftercare-skin-tone-p2 = Los láseres fraccionados tratan muchos puntos diminutos y dejan en paz la piel que hay entre ellos. Al juntar 7 estudios, los láseres pico fraccionados causaron muchas menos manchas marrones que otros láseres fraccionados.
aftercare-skin-tone-p3 = En EE. UU., una pieza de mano de 1064 nm para cicatrices de acné (la parte que se apoya en la piel) fue autorizada, es decir, permitida, para los tipos de piel II a V. Es un ejemplo de límite, así que pregunta a tu clínica por tu tipo de piel. Lo que diga tu clínica va primero.

aftercare-q-sunscreen = ¿Qué protector solar es el consejo habitual después de una sesión?
aftercare-q-sunscreen-a = De amplio espectro, FPS 30 o más, todos los días
aftercare-q-sunscreen-b = FPS 15, solo los días de calor
aftercare-q-sunscreen-c = Cualquiera, solo cuando vas a la playa
aftercare-q-sunscreen-why = Usa un protector solar de amplio espectro con FPS 30 o más, todos los días. Amplio espectro quiere decir que bloquea muchos tipos de rayos del sol.

aftercare-q-reapply = Cuando estás al aire libre, ¿cada cuánto debes volver a ponerte protector solar?
aftercare-q-reapply-a = Una vez por la mañana es suficiente
aftercare-q-reapply-b = Más o menos cada 8 horas
aftercare-q-reapply-c = Más o menos cada 2 horas
aftercare-q-reapply-why = Al aire libre, vuelve a ponértelo cada 2 horas, más o menos. Y no te pongas al sol directo, sobre todo en las primeras semanas.

aftercare-q-avoid = ¿Qué debes evitar por ahora, hasta que tu piel se calme? Marca todas las que lo sean.
aftercare-q-avoid-scrub = Un exfoliante facial con granitos
aftercare-q-avoid-cleanser = Un limpiador suave
aftercare-q-avoid-retinoid = Una crema con retinoides
aftercare-q-avoid-moisturiser = Una crema hidratante sencilla
aftercare-q-avoid-lightening = Una crema aclarante
aftercare-q-avoid-why = Los exfoliantes, los retinoides y las cremas aclarantes pueden esperar a que tu piel se calme. Un limpiador suave y una crema hidratante sencilla están bien. Tu clínica te dice cuántos días. Este es un consejo habitual, y lo que diga tu clínica va primero.

aftercare-q-sun-weeks = ¿Cuándo es más importante no ponerte al sol directo?
aftercare-q-sun-weeks-a = Solo el día de la sesión
aftercare-q-sun-weeks-b = Sobre todo en las primeras semanas
aftercare-q-sun-weeks-c = Solo los días de calor del verano
aftercare-q-sun-weeks-why = No te pongas al sol directo, sobre todo en las primeras semanas. Usa también un protector solar de amplio espectro todos los días. Este es un consejo habitual, y lo que diga tu clínica va primero.

aftercare-q-picking = Quitar con cuidado las costras pequeñas ayuda a que la piel se cure.
aftercare-q-picking-why = Falso. No pellizques ni frotes la piel tratada. Deja que se cure sola.

aftercare-q-make-up = Después de este tipo de láser, muchas veces se puede usar maquillaje poco después.
aftercare-q-make-up-why = Verdadero. Muchas veces se puede poco después. Tu clínica te dirá cuándo.

aftercare-q-heat = Mientras tu piel está roja, ¿cuánto tiempo debes evitar la sauna, el yoga con calor y la piscina?
aftercare-q-heat-a = Solo una hora
aftercare-q-heat-b = Un día o dos
aftercare-q-heat-c = 6 meses
aftercare-q-heat-why = Evita el calor y la piscina durante un día o dos, mientras la piel está roja. Este es un consejo habitual, y lo que diga tu clínica va primero.

aftercare-q-darker = La piel más oscura, de los tipos IV a VI, tiene manchas marrones con más facilidad tras los láseres que actúan con calor.
aftercare-q-darker-why = Verdadero. Estas manchas marrones se llaman hiperpigmentación postinflamatoria. Dile a tu médico tu tipo de piel y pregúntale por tu riesgo.

aftercare-q-pico-pih = Al juntar 7 estudios, ¿cómo se comparan los láseres pico fraccionados con otros láseres fraccionados?
aftercare-q-pico-pih-a = Causaron más manchas marrones
aftercare-q-pico-pih-b = Causaron muchas menos manchas marrones
aftercare-q-pico-pih-c = No causaron ninguna mancha marrón
aftercare-q-pico-pih-why = Los láseres pico fraccionados causaron muchas menos manchas marrones. Pero muchas menos no es ninguna, así que pregunta a tu médico por tu propio riesgo.
