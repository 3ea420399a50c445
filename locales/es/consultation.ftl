## Módulo 5: prepárate para tu consulta. Datos de shared/content/evidence-brief.md,
## secciones 7, 6, 9, 4 y 2 (y 5 para los pasos de un tratamiento).

consult-why-title = ¿Por qué prepararte para tu visita?
consult-why-p1 = Antes de un láser, normalmente tienes una consulta. Es una charla con el médico, que también revisa tu piel. Lo más habitual es que el médico mire tu tipo de piel y tus tipos de cicatriz. También te pregunta por tus medicinas y tu salud en el pasado.
consult-why-p2 = Ayuda llevar tus propias preguntas. Así recibes respuestas sobre lo que te importa a ti. En el mapa, "Prepárate para tu visita" te ayuda a hacer una lista.

consult-tell-title = Cosas que debes contarle a tu médico
consult-tell-p1 = Algunas cosas pueden cambiar tu plan, así que cuéntaselas a tu médico. Cuéntale si tomas alguna medicina, o tienes algún problema de salud, que hace tu piel sensible a la luz. Cuéntale si ahora tienes granos o una infección en la piel.
consult-tell-p2 = Cuéntale si te salen herpes en el labio, esas ampollas que van y vuelven. El médico puede darte pastillas antivirales, una medicina contra el virus del herpes. Cuéntale si estás embarazada o dando el pecho. Cuéntale si tú o alguien de tu familia tiene queloides, cicatrices elevadas que crecen más allá del grano, u otras cicatrices que sobresalen.
consult-tell-p3 = Cuéntale si te bronceaste en las últimas 2 semanas más o menos, o si planeas unas vacaciones al sol. Cuéntale si te hiciste otro láser o un peeling en los últimos meses. Cuéntale si tienes o tuviste cáncer de piel, o si tu sistema inmunitario, la defensa de tu cuerpo contra los gérmenes, está débil.

consult-iso-title = Isotretinoína: los médicos no opinan igual
consult-iso-p1 = La isotretinoína es una medicina fuerte contra el acné. Quizá la conozcas como Roaccutane o Accutane. Si la tomas ahora, o la tomaste hace poco, díselo a tu médico.
consult-iso-p2 = Su prospecto dice que esperes 6 meses después de dejarla antes de hacerte un láser. Muchas clínicas dicen lo mismo.
consult-iso-p3 = En 2017, un grupo de expertos revisó los estudios. No encontró buenas pruebas de que haga falta esperar antes de este tipo de láser. Los médicos todavía no opinan igual. Así que díselo a tu médico y decide con su ayuda.

consult-skin-title = Tu tipo de piel
consult-skin-p1 = Los médicos dividen la piel en seis tipos, del I al VI, según cómo reacciona al sol. El tipo I siempre se quema. El tipo VI nunca se quema. La prueba de piel de esta app es solo una guía aproximada, no un diagnóstico: tu médico revisa tu tipo.
consult-skin-p2 = A la piel más oscura, de los tipos IV a VI, le salen manchas marrones con más facilidad después de los láseres que calientan la piel. Al juntar varios estudios, los láseres pico fraccionados dejaron muchas menos manchas marrones que otros láseres fraccionados. Fraccionado quiere decir que el haz se divide en muchos puntos diminutos.
consult-skin-p3 = En EE. UU., una pieza de mano de 1064 nm para cicatrices de acné fue autorizada, es decir, permitida, para los tipos de piel II a V. La pieza de mano es la parte del láser que se apoya en la piel. Es un ejemplo de límite, así que pregunta a tu clínica por tu tipo de piel.
consult-skin-p4 = Los láseres pico para cicatrices de acné se han estudiado en muchos tipos de piel. Un estudio incluyó a personas con piel de tipo I a V. Un estudio de 2024 incluyó a personas con piel de tipo V y VI, la más oscura, y no encontró efectos secundarios graves. Pregunta a tu médico qué significa esto para tu piel.

consult-other-title = Otros tratamientos
consult-other-p1 = Los láseres pico son una opción entre varias. El láser de CO2 fraccionado es otro tipo de láser. Puede dar resultados notables. Pero tiene alrededor de una semana de recuperación mientras la piel se cura, y el riesgo de manchas marrones es mayor en la piel oscura.
consult-other-p2 = La micropunción usa agujas diminutas para pinchar la piel. En un ensayo, las cicatrices estaban mejor 6 meses después. La subcisión suelta las bandas duras que tiran hacia abajo de las cicatrices onduladas. El TCA CROSS pone un ácido fuerte dentro de las cicatrices en picahielo, las estrechas y hondas.
consult-other-p3 = Los rellenos se ponen bajo un hundimiento para levantarlo. En EE. UU. hay un relleno aprobado para algunas cicatrices hundidas. Los médicos usan a menudo más de un tratamiento. Pregunta cuáles van bien con tus cicatrices.

consult-questions-title = Buenas preguntas para hacer
consult-questions-p1 = Aquí tienes algunas preguntas que vale la pena hacer. ¿A cuáles de mis cicatrices ayudará esto? ¿Cuántas sesiones necesitaré? ¿Qué cambio es realista para mí?
consult-questions-p2 = ¿Qué riesgos hay para mi tipo de piel? ¿Cuánto costará el tratamiento completo? ¿Cómo debo cuidar mi piel después de cada sesión?
consult-questions-p3 = No se ha probado que ningún tratamiento para las cicatrices de acné sea el mejor. Las cicatrices a menudo mejoran, pero solo en parte, y los resultados cambian de una persona a otra. Un buen médico hablará de esto contigo con claridad.
consult-questions-p4 = En un estudio de 20 personas con 6 sesiones, las cicatrices se veían alrededor de un cuarto a la mitad mejor, pero no desaparecieron. Unas fotos en 3D mostraron un volumen de cicatriz alrededor de un 24 % menor al cabo de 1 mes, y alrededor de un 27 % menor a los 3 meses. Unos revisores calcularon que la piel había mejorado entre un 25 y un 50 %. El fabricante del láser pagó parte del estudio.

consult-q-tell = ¿Cuáles de estas cosas pueden cambiar tu plan de láser, y por eso debes contárselas a tu médico? Elige todas las que correspondan.
consult-q-tell-a = Te salen herpes en el labio
consult-q-tell-b = Usas maquillaje casi todos los días
consult-q-tell-c = Te bronceaste la semana pasada
consult-q-tell-d = Estás embarazada o dando el pecho
consult-q-tell-e = Te lavas la cara con un limpiador suave
consult-q-tell-why = El herpes en el labio, un bronceado reciente y el embarazo pueden cambiar el plan. El maquillaje y un limpiador suave no están en la lista. Aun así, puedes preguntar por ellos.

consult-q-iso = Tomaste isotretinoína, una medicina fuerte contra el acné, hace unos meses. ¿Qué es lo mejor que puedes hacer?
consult-q-iso-a = Esperar 6 meses, porque todos los médicos están de acuerdo
consult-q-iso-b = No decir nada, porque a estas alturas no hay peligro
consult-q-iso-c = Decírselo a tu médico, porque los médicos no opinan igual
consult-q-iso-why = El prospecto y muchas clínicas dicen que esperes 6 meses. Un grupo de expertos no encontró buenas pruebas de que haga falta esperar. Los médicos no opinan igual, así que díselo a tu médico.

consult-q-diagnosis = ¿Verdadero o falso? La prueba de piel de esta app te dice tu tipo de piel con seguridad.
consult-q-diagnosis-why = Falso. Es solo una guía aproximada, no un diagnóstico. En la consulta, normalmente el médico revisa tu tipo de piel.

consult-q-studied = ¿Se han estudiado los láseres pico para cicatrices de acné en la piel más oscura?
consult-q-studied-a = No, solo en la piel clara
consult-q-studied-b = Sí: un estudio de 2024 se centró en los tipos de piel V y VI
consult-q-studied-c = Sí, y a la piel oscura nunca le salen manchas marrones con ellos
consult-q-studied-why = Un estudio incluyó los tipos de piel I a V. Un estudio de 2024 se centró en los tipos V y VI y no encontró efectos secundarios graves. Aun así, a la piel más oscura le salen manchas marrones con más facilidad después de los láseres que calientan la piel, así que pregunta a tu médico por tu riesgo.

consult-q-darker = ¿Verdadero o falso? A la piel más oscura le salen manchas marrones con más facilidad después de los láseres que calientan la piel.
consult-q-darker-why = Verdadero. Los tipos de piel IV a VI tienen más tendencia a estas manchas. Al juntar varios estudios, los láseres pico fraccionados dejaron muchas menos que otros láseres fraccionados.

consult-q-cleared = En EE. UU., una pieza de mano de 1064 nm para cicatrices de acné fue autorizada para los tipos de piel II a V. ¿Qué te dice esto?
consult-q-cleared-a = Que esta pieza de mano fue autorizada para todos los tipos de piel
consult-q-cleared-b = Que preguntes a tu clínica si su láser va bien con tu tipo de piel
consult-q-cleared-c = Que solo las personas con piel de tipo II a V tienen cicatrices de acné
consult-q-cleared-why = Es un ejemplo: una pieza de mano, en EE. UU. Eso habla del láser, no de quién tiene cicatrices. Así que pregunta a tu clínica por tu tipo de piel.

consult-q-bands = ¿Qué tratamiento suelta las bandas duras que tiran hacia abajo de las cicatrices onduladas?
consult-q-bands-a = La subcisión
consult-q-bands-b = El TCA CROSS
consult-q-bands-c = Un láser de CO2 fraccionado
consult-q-bands-why = La subcisión suelta las bandas que hay bajo las cicatrices onduladas. El TCA CROSS pone un ácido fuerte dentro de las cicatrices en picahielo.

consult-q-best = ¿Verdadero o falso? Se ha probado que un tratamiento para las cicatrices de acné es el mejor.
consult-q-best-why = Falso. Ningún tratamiento tiene pruebas sólidas de ser el mejor. Los médicos combinan tratamientos a menudo, y las cicatrices muchas veces mejoran solo en parte.

consult-q-promise = En tu visita, preguntas si el médico te puede prometer una piel perfecta. ¿Qué respuesta es sincera?
consult-q-promise-a = Sí: los láseres pico quitan las cicatrices para siempre
consult-q-promise-b = No: las cicatrices a menudo mejoran, en parte, y los resultados cambian de una persona a otra
consult-q-promise-c = No: los láseres pico no ayudan nada a las cicatrices
consult-q-promise-why = Es una buena pregunta para hacer. Nadie puede prometer una piel perfecta. En un estudio, las cicatrices se veían alrededor de un cuarto a la mitad mejor, pero no desaparecieron, y los resultados cambian de una persona a otra.

consult-q-course = Ordena estos pasos de un tratamiento con láser pico.
consult-q-course-step1 = Una consulta con tu médico
consult-q-course-step2 = Tu primera sesión
consult-q-course-step3 = Unas 4 semanas hasta la siguiente sesión
consult-q-course-step4 = Más sesiones, a menudo de 3 a 6 en total
consult-q-course-step5 = De semanas a meses de reparación después de la última
consult-q-course-why = Normalmente todo empieza con una consulta, en la que el médico revisa tu piel. Las sesiones van separadas por unas 4 semanas, a menudo de 3 a 6 en total. La piel sigue reparándose durante semanas, y hasta meses, así que los resultados llegan poco a poco.
