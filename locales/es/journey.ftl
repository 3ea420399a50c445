## Los cinco módulos de la ruta de aprendizaje.

module-scar-types-title = Tipos de cicatrices
module-scar-types-summary = Conoce los tipos de cicatrices de acné y qué hace diferente a cada uno.
module-how-pico-works-title = Cómo funcionan los láseres pico
module-how-pico-works-summary = Mira cómo destellos de luz láser muy cortos ayudan a la piel a renovarse a lo largo de semanas o meses.
module-downtime-title = Recuperación: qué esperar
module-downtime-summary = Cómo puede verse y sentirse tu piel en los días después de una sesión.
module-aftercare-title = Cuidar tu piel después
module-aftercare-summary = Consejos habituales de las clínicas para cuidar tu piel mientras se cura.
module-consultation-title = Prepara tu consulta
module-consultation-summary = Preguntas para hacer y cosas que contarle a tu médico.

## La versión exprés (unos 90 segundos): una idea clave por módulo.
module-scar-types-key = Hay tres tipos principales de cicatrices hundidas: en picahielo, estrechas y hondas; en furgón, con bordes marcados; y onduladas, anchas y suaves. Las cicatrices elevadas son otra cosa. Las manchas planas, rojas o marrones, solo cambian el color: muchos médicos dicen que no son cicatrices de verdad.
module-how-pico-works-key = Un láser pico lanza destellos muy cortos. Rompen blancos diminutos con poco calor. Una lente especial divide el haz en haces finos que ayudan a la piel a renovarse a lo largo de semanas o meses. Los resultados llegan poco a poco, en varias sesiones, y las cicatrices a menudo mejoran solo en parte.
module-downtime-key = La rojez, una hinchazón leve y puntitos rojos son normales durante horas o unos pocos días. Llama a la clínica si tienes ampollas, costras que se extienden, signos de infección, un herpes labial o manchas oscuras.
module-aftercare-key = Consejos habituales, que tu clínica puede cambiar: usa protector solar de amplio espectro (FPS 30 o más) todos los días, lávate con suavidad y usa una crema hidratante sencilla. Deja los exfoliantes, ácidos y retinoides hasta que lo diga tu clínica, y no te pellizques ni te frotes la piel.
module-consultation-key = Lleva tus preguntas y cuéntale a tu médico si tomas medicinas, si tienes herpes labial, queloides, un bronceado reciente o si estás embarazada. Los médicos no siempre opinan igual, así que pregunta.
express-open = ¿Poco tiempo? La versión de 90 segundos
express-heading = La versión de 90 segundos
express-intro = Cinco ideas clave y luego cinco preguntas rápidas.
express-start-quiz = Prueba 5 preguntas
