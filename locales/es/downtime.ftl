## Módulo 3: tiempo de recuperación, qué esperar. Datos de shared/content/evidence-brief.md,
## sección 5, y la duración del tratamiento de la sección 4.

downtime-before-title = Antes del láser
downtime-before-p1 = Tu primera visita suele ser una charla con la clínica, llamada consulta. Lo más habitual es que miren tu tipo de piel y qué clases de cicatrices tienes. Te preguntan por tus medicinas y tu salud en el pasado.
downtime-before-p2 = Ese día puedes elegir ponerte crema anestésica. Es una crema que adormece la piel, para que sientas menos. Normalmente se pone unos 30 minutos antes del láser.
downtime-before-p3 = Llevas protección para los ojos mientras el láser está encendido. Así la luz del láser no entra en tus ojos. Este es el plan habitual, y tu clínica te dirá el suyo.

downtime-during-title = Durante el láser
downtime-during-p1 = Mientras el láser trabaja, puedes notar una sensación como de chasquidos en la piel.
downtime-during-p2 = En un estudio de 20 personas, el dolor medio fue de unos 3 sobre 10. En esta escala, 0 es nada de dolor y 10 es el peor dolor. El fabricante del láser pagó parte de ese estudio.
downtime-during-p3 = Si te preocupa el dolor, pregunta por la crema anestésica en tu primera visita.

downtime-day-by-day-title = Día a día después del láser
downtime-day-by-day-p1 = Mueve el control deslizante desde el día del tratamiento hasta las 4 semanas. Mira cómo baja el enrojecimiento en la gráfica. La gráfica es solo una idea aproximada, porque cada persona se cura un poco distinto. Las tarjetas muestran qué es normal y cuándo llamar a la clínica.
downtime-day-by-day-p2 = El enrojecimiento y una hinchazón leve son normales durante unas horas o unos pocos días. Con este tipo de láser son comunes unos puntitos rojos, donde la piel sangró un poco. La capa de arriba de la piel queda casi entera. Por eso mucha gente vuelve a su vida normal el mismo día o al día siguiente.

downtime-when-to-call-title = Cuándo llamar a la clínica
downtime-when-to-call-p1 = Algunas señales quieren decir que debes llamar a tu clínica. Llama si te salen ampollas, que son burbujas de líquido bajo la piel. Llama si se forman costras, o cascaritas secas, y se extienden.
downtime-when-to-call-p2 = Llama si ves señales de infección: dolor que va a más, pus o fiebre. El pus es un líquido espeso, amarillo o blanco. Llama si te sale herpes labial, una llaga que duele en los labios o cerca de ellos.
downtime-when-to-call-p3 = Llama si aparecen manchas oscuras en las semanas siguientes. Este es el consejo habitual de las clínicas. Tu clínica puede darte su propia lista y su teléfono.

downtime-events-title = Planear en torno a un día importante
downtime-events-p1 = ¿Tienes pronto una boda, una entrevista de trabajo o una fiesta? Pon en el control deslizante los días que faltan para tu evento. Mira cómo puede verse tu piel ese día.
downtime-events-p2 = A menudo, un tratamiento tiene de 3 a 6 sesiones, con unas 4 semanas entre una y otra. En los estudios, la separación fue de 3 a 8 semanas. Planea tus sesiones según tus días importantes, y pregunta a tu clínica.

downtime-q-numbing = Si eliges crema anestésica, ¿cuándo se pone normalmente?
downtime-q-numbing-a = Justo después del láser
downtime-q-numbing-b = Unos 30 minutos antes del láser
downtime-q-numbing-c = La noche anterior, en casa
downtime-q-numbing-why = La crema anestésica se pone unos 30 minutos antes del láser. Tú decides si la quieres.

downtime-q-order = Ordena estos pasos, del primero al último.
downtime-q-order-step1 = Una charla con la clínica sobre tu piel, tus cicatrices y tus medicinas
downtime-q-order-step2 = Crema anestésica, si la quieres, unos 30 minutos antes
downtime-q-order-step3 = Ponerte la protección para los ojos
downtime-q-order-step4 = La sesión de láser
downtime-q-order-step5 = Protector solar de amplio espectro cada día después
downtime-q-order-why = Primero va la charla, llamada consulta. La crema anestésica se pone antes del láser, y la protección para los ojos justo antes de empezar. Después de la sesión, el protector solar de amplio espectro es parte de tu cuidado diario. Este es el plan habitual, y tu clínica te dirá el suyo.

downtime-q-pain = En un estudio de 20 personas, ¿cuál fue el dolor medio?
downtime-q-pain-a = Unos 8 sobre 10
downtime-q-pain-b = 0 sobre 10: nada de dolor
downtime-q-pain-c = Unos 3 sobre 10
downtime-q-pain-why = La media fue de unos 3 sobre 10, donde 10 es el peor dolor. El fabricante del láser pagó parte de este estudio.

downtime-q-normal = ¿Cuáles de estas cosas son normales en los primeros días? Marca todas las que lo sean.
downtime-q-normal-redness = Enrojecimiento
downtime-q-normal-blisters = Ampollas
downtime-q-normal-dots = Puntitos rojos donde la piel sangró un poco
downtime-q-normal-swelling = Una hinchazón leve
downtime-q-normal-pus = Pus
downtime-q-normal-why = El enrojecimiento, una hinchazón leve y los puntitos rojos son normales al principio. Las ampollas y el pus no lo son. Son motivos para llamar a tu clínica.

downtime-q-call = ¿Cuáles de estas cosas quieren decir que debes llamar a la clínica? Marca todas las que lo sean.
downtime-q-call-redness = Enrojecimiento el día del tratamiento
downtime-q-call-blisters = Ampollas
downtime-q-call-crust = Costras que se extienden
downtime-q-call-dots = Puntitos rojos el primer día
downtime-q-call-cold-sore = Herpes labial
downtime-q-call-why = Las clínicas suelen pedirte que llames si tienes ampollas, costras que se extienden, herpes labial, señales de infección o manchas oscuras en las semanas siguientes. El enrojecimiento y los puntitos rojos al principio son normales.

downtime-q-back = Mucha gente vuelve a su vida normal el mismo día o al día siguiente.
downtime-q-back-why = Verdadero. La capa de arriba de la piel queda casi entera, así que mucha gente vuelve pronto a lo normal.

downtime-q-dark = Las manchas oscuras que aparecen en las semanas siguientes son normales, así que puedes ignorarlas.
downtime-q-dark-why = Falso. Las clínicas suelen pedirte que las llames si salen manchas oscuras en las semanas siguientes.

downtime-q-gap = ¿Cuánto tiempo suele haber entre una sesión y otra?
downtime-q-gap-a = Más o menos 1 semana
downtime-q-gap-b = Más o menos 4 semanas
downtime-q-gap-c = Más o menos 6 meses
downtime-q-gap-why = Las sesiones suelen ir separadas unas 4 semanas. En los estudios, la separación fue de 3 a 8 semanas.

downtime-q-one = Una sola sesión suele ser suficiente.
downtime-q-one-why = Falso. A menudo, un tratamiento tiene de 3 a 6 sesiones. Los resultados se van sumando con la serie.
