## Módulo 5: prepárate para tu consulta. Datos de shared/content/evidence-brief.md,
## secciones 2, 4, 5, 6, 7 y 9.

consult-why-title = ¿Por qué prepararse?
consult-why-p1 = Antes de cualquier láser tienes una consulta. El médico revisa tu tipo de piel, tus tipos de cicatrices, tus medicinas y tu historial de salud.
consult-why-p2 = Ayuda ir con tus propias preguntas. Así sales con respuestas que te importan. La página "Prepárate" del camino de aprendizaje te ayuda a hacer una lista.

consult-tell-title = Cosas que debes contarle a tu médico
consult-tell-p1 = Algunas cosas pueden cambiar el plan. Cuéntale a tu médico si tomas medicinas que hacen tu piel sensible a la luz, o si ahora tienes granos o una infección en la piel.
consult-tell-p2 = Cuéntale si te salen herpes labiales. El médico puede darte pastillas para ayudar a evitarlos. Cuéntale si estás embarazada o dando el pecho, o si a ti o a tu familia os salen queloides o cicatrices elevadas.
consult-tell-p3 = Cuéntale si te has bronceado en las últimas 2 semanas más o menos, o si tienes pensadas unas vacaciones al sol. Cuéntale si te hiciste otro láser o un peeling en los últimos meses, si tuviste cáncer de piel o si tienes las defensas bajas.

consult-iso-title = Isotretinoína: los médicos no opinan igual
consult-iso-p1 = La isotretinoína es una medicina fuerte para el acné, que se vende como Roaccutan o Accutane. Su prospecto, y muchas clínicas, dicen que hay que esperar 6 meses antes de un láser.
consult-iso-p2 = En 2017, un grupo de expertos no encontró buenas pruebas de que haga falta esperar antes de este tipo de láser. Los médicos no opinan igual. Así que si la tomas ahora, o la tomaste en el último año, díselo a tu médico.

consult-skin-title = Tu tipo de piel
consult-skin-p1 = Los médicos describen la piel según cómo reacciona al sol, desde el tipo I, que siempre se quema, hasta el tipo VI, que nunca se quema. La página "Prepárate" tiene una prueba corta. Es solo una guía aproximada, no un diagnóstico.
consult-skin-p2 = La piel más oscura, de los tipos IV a VI, tiene más riesgo de manchas marrones después de láseres que usan calor. Al juntar estudios, los láseres pico fraccionados causaron muchas menos manchas marrones que otros láseres fraccionados.
consult-skin-p3 = Cada láser está aprobado para algunos tipos de piel. Por ejemplo, un cabezal de 1064 nm está aprobado para los tipos II a V. Pregunta si el láser de tu clínica va bien con tu piel.

consult-other-title = Otros tratamientos
consult-other-p1 = Los láseres pico son una opción entre varias. Un láser de CO2 fraccionado puede dar buenos resultados, pero necesita alrededor de una semana para curar y tiene más riesgo de manchas marrones en la piel oscura. La micropunción mejoró las cicatrices en un ensayo.
consult-other-p2 = La subcisión suelta las bandas que tiran hacia abajo de las cicatrices onduladas. El TCA CROSS pone un ácido fuerte dentro de las cicatrices en picahielo. Los rellenos levantan las cicatrices hundidas; en EE. UU. hay un relleno aprobado para algunas de ellas.
consult-other-p3 = Los médicos suelen combinar tratamientos. Pregunta cuáles van bien con tus cicatrices.

consult-questions-title = Buenas preguntas para hacer
consult-questions-p1 = ¿A cuáles de mis cicatrices ayudará esto? ¿Cuántas sesiones necesitaré? ¿Qué cambio es realista para mí? ¿Qué riesgos hay para mi tipo de piel? ¿Cuánto costará todo el tratamiento? ¿Qué cuidados necesitaré después?
consult-questions-p2 = No se ha probado que ningún tratamiento para las cicatrices de acné sea el mejor, y los resultados son parciales. Un buen médico hablará de esto contigo con claridad.

consult-q-tell = ¿Cuáles de estas cosas debes contarle a tu médico antes de un láser? Elige todas las que correspondan.
consult-q-tell-a = Te salen herpes labiales
consult-q-tell-b = Te bronceaste hace 10 días
consult-q-tell-c = Tu color favorito
consult-q-tell-d = Estás embarazada
consult-q-tell-why = El herpes labial, un bronceado reciente y el embarazo pueden cambiar el plan. Cuéntaselo a tu médico.

consult-q-iso = Tomaste isotretinoína hace 4 meses. ¿Qué debes hacer?
consult-q-iso-a = Nada, no importa
consult-q-iso-b = Decírselo a tu médico, porque los médicos no opinan igual sobre cuándo tratar
consult-q-iso-c = Dejar todo el cuidado de la piel durante un año
consult-q-iso-why = El prospecto y muchas clínicas dicen que hay que esperar 6 meses. Un grupo de expertos no encontró buenas pruebas de que haga falta. Los médicos no opinan igual, así que díselo a tu médico.

consult-q-diagnosis = ¿Verdadero o falso?: la prueba del tipo de piel de esta app te dice tu tipo de piel con seguridad.
consult-q-diagnosis-why = Falso. Es solo una guía aproximada. Solo tu médico puede decir tu tipo de piel.

consult-q-cold = Te salen herpes labiales. ¿Qué podría hacer tu médico?
consult-q-cold-a = Darte pastillas para ayudar a evitar un herpes
consult-q-cold-b = Decirte que nunca podrás hacerte un láser
consult-q-cold-c = Nada, no importa
consult-q-cold-why = Un médico puede darte pastillas antivirales para ayudar a evitar un herpes después del tratamiento.

consult-q-darker = ¿Verdadero o falso?: la piel más oscura tiene más riesgo de manchas marrones después de láseres que usan calor.
consult-q-darker-why = Verdadero. Los tipos de piel IV a VI tienen más tendencia a las manchas marrones. Los láseres pico fraccionados causaron muchas menos que otros láseres fraccionados.

consult-q-sun = Ordena estos tipos de piel, del que más se quema al que menos.
consult-q-sun-step1 = Siempre se quema, nunca se broncea
consult-q-sun-step2 = Se quema fácil, se broncea poco
consult-q-sun-step3 = Casi nunca se quema, se broncea fácil
consult-q-sun-step4 = Nunca se quema
consult-q-sun-why = Los tipos de piel van del I, que siempre se quema, al VI, que nunca se quema.

consult-q-subcision = ¿Qué tratamiento suelta las bandas que hay bajo las cicatrices onduladas?
consult-q-subcision-a = TCA CROSS
consult-q-subcision-b = Subcisión
consult-q-subcision-c = Protector solar
consult-q-subcision-why = La subcisión suelta las bandas que tiran hacia abajo de las cicatrices onduladas. El TCA CROSS es para las cicatrices en picahielo.

consult-q-asks = ¿Cuáles son buenas preguntas para tu consulta? Elige todas las que correspondan.
consult-q-asks-a = ¿Qué cambio es realista para mis cicatrices?
consult-q-asks-b = ¿Qué riesgos hay para mi tipo de piel?
consult-q-asks-c = ¿Me puedes prometer una piel perfecta?
consult-q-asks-d = ¿Cuántas sesiones necesitaré?
consult-q-asks-why = Pregunta qué es realista, qué riesgos hay y cuántas sesiones necesitas. Ningún tratamiento puede prometer una piel perfecta.

consult-q-co2 = ¿Verdadero o falso?: un láser de CO2 fraccionado necesita más tiempo para curar que un láser pico.
consult-q-co2-why = Verdadero. Un láser de CO2 fraccionado necesita alrededor de una semana para curar. Después de un láser pico, mucha gente vuelve a su vida normal el mismo día o al siguiente.
