## Los cinco módulos de la ruta de aprendizaje.

module-scar-types-title = Tipos de cicatrices
module-scar-types-summary = Conoce los tipos de cicatrices de acné y qué hace diferente a cada uno.
module-how-pico-works-title = Cómo funcionan los láseres pico
module-how-pico-works-summary = Mira cómo destellos de luz láser muy cortos ayudan a la piel a renovarse.
module-downtime-title = Recuperación: qué esperar
module-downtime-summary = Cómo puede verse y sentirse tu piel en los días después de una sesión.
module-aftercare-title = Cuidar tu piel después
module-aftercare-summary = Los hábitos sencillos que ayudan a tu piel a sanar bien.
module-consultation-title = Prepara tu consulta
module-consultation-summary = Preguntas para hacer y cosas que contarle a tu médico.
