# Palabras sobre el propio perfil: nombres de campos, hallazgos del panel
# Revisión y lo que Carta añade a diapositivas y exportaciones.

## Idiomas, como idiomas del contenido de un perfil
language-en = inglés
language-es = español
language-fr = francés

## Etiquetas de los campos (también a donde lleva el panel Revisión)
field-city-name = Nombre de la ciudad
field-qualifier = Precisión
field-country = País
field-region = Región
field-government = Tipo de gobierno
field-population = Rango de población
field-joined = Año de adhesión
field-leader = Autoridad
field-leader-title = Cargo de la autoridad
field-mandate = Mandato
field-vision-text = Texto de la visión
field-introduction = Introducción
field-aims = Objetivos
field-closing = Cierre
field-area-title = Título del área
field-area-description = Descripción del área
field-title = Título
field-summary = Resumen
field-rights = Derechos
field-target-groups = Grupos destinatarios
area-add-program = Añadir un programa

## Nombres usados en los mensajes
area-numbered = Área de políticas { $number }
area-titled = El área de políticas «{ $title }»
program-numbered = Programa n.º { $id }
## Lo mismo, como sujeto de una frase del panel Revisión.
area-numbered-subject = El área de políticas { $number }
program-numbered-subject = El programa n.º { $id }
quoted = «{ $text }»
place-in-area = { $field } (área de políticas { $number })
place-in-program = { $field } (programa n.º { $id })

## Hallazgos del panel Revisión
severity-error = error
severity-warning = aviso
check-empty = { $field }: está vacío.
check-not-set = { $field }: sin indicar.
check-joined-early = El año de adhesión es { $year }, antes de que empezara la campaña en { $first }.
check-mandate-reversed = El mandato termina ({ $end }) antes de empezar ({ $start }).
check-vision-empty = La visión está vacía.
check-unanswered = Falta la respuesta a «{ $question }»
check-no-introduction = Las motivaciones no tienen introducción.
check-no-aims = Las motivaciones no enumeran objetivos.
check-area-untitled = { $area } no tiene título.
check-area-empty = { $area } no presenta ningún programa.
check-area-dangling = { $area } enlaza con el programa n.º { $id }, que no está en el catálogo.
check-program-no-right = { $program } no aborda ningún derecho.
check-program-no-group = { $program } no nombra ningún grupo destinatario.
check-untranslated = { $field }: falta el texto en { $language }.

## Lo que Carta escribe en las diapositivas
slide-since = Ciudad de Derechos Humanos desde { $year }
slide-population = Población
slide-joined = Adhesión a la campaña
slide-city = La ciudad
slide-vision = Nuestra visión
slide-motivations = Por qué nos sumamos a la campaña
slide-continued = { $heading } (continuación)
slide-sdg = ODS { $number } · { $name }
slide-rights = Derechos que abordan nuestros programas
slide-groups = A quién sirven nuestros programas
slide-goals = Objetivos de Desarrollo Sostenible que impulsan nuestros programas
slide-thanks = Gracias

## Lo que Carta escribe en las exportaciones
export-joined = Año de adhesión a la campaña
export-vision = Visión
export-motivations = Motivaciones
export-policies = Políticas, mecanismos y programas locales de derechos humanos
export-catalogue = Catálogo de programas
export-rights = Derechos (artículos de la DUDH)
export-goals = Objetivos de Desarrollo Sostenible
export-origin = Aprendido de

## Lo que Carta escribe en un perfil
new-program = Programa nuevo
program-copy = { $title } (copia)
