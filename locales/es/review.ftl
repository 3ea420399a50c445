## La hoja de revisión clínica: para el médico de la clínica, no para pacientes.

review-title = Scarwise: hoja de revisión clínica
review-intro = Esta hoja recoge todo lo que Scarwise dice a los pacientes en este idioma: cada frase de las lecciones, cada pregunta con su respuesta correcta y su explicación, y la referencia completa de cada fuente en la que se basa. Se genera con los mismos archivos que la aplicación, así que siempre coincide con lo que ven los pacientes.
review-how = Para revisar: lea cada módulo, compare cada texto marcado con sus fuentes y firme el bloque de aprobación del módulo. Anote los cambios que desee en «Cambios solicitados».
review-change = Para cambiar un texto, edite el mensaje con el id que aparece a su lado en locales/<idioma>/<módulo>.ftl (un archivo por idioma; mantenga los números y palabras como «unos» y «puede» en todos los idiomas). Las fuentes están en assets/content/sources.ron. Los días y el teléfono de la clínica se fijan en clinic.ron.
review-claim-legend = marca un texto con un número o una afirmación médica: debe basarse en las fuentes indicadas debajo.
review-quiz = Preguntas
review-other = Preparación de la consulta: qué decir al médico
review-col-part = Parte
review-col-text = Texto
review-col-id = Id del mensaje
review-role-title = Título
review-role-paragraph = Texto de la lección
review-role-prompt = Pregunta
review-role-right = Respuesta correcta
review-role-wrong = Opción incorrecta
review-role-step = Paso (en el orden correcto)
review-role-explanation = Explicación
review-role-scene = Escena o dibujo
review-sources = Fuentes:
review-source-missing = (no está en la lista de referencias)
review-sign-off = Revisado y aprobado para nuestros pacientes
review-reviewer = Nombre del médico revisor: ______________________
review-date = Fecha: ______________
review-signature = Firma: ______________________
review-changes = Cambios solicitados: ______________________________________________
review-link = Para clínicas: la hoja de revisión clínica
