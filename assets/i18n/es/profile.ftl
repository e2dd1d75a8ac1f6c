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
area-titled = El área de políticas «{ $text }»
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
check-joined-late = El año de adhesión es { $year }, lo que no puede ser: la campaña llega hasta { $goal }.
check-language-empty = Un idioma de contenido tiene el código vacío.
check-language-unknown = «{ $code }» no es un código de idioma (como en, es o fr).
check-language-twice = El idioma de contenido «{ $code }» figura dos veces.
check-area-all-internal = { $area } solo presenta programas internos: quedará vacía en las diapositivas y en todo lo que se publique.
check-next-id = El próximo programa nuevo recibiría el n.º { $next }, pero ya hay un programa con el n.º { $highest }; Carta sube el contador al abrir el archivo.
check-duplicate-id = { $count } programas comparten el n.º { $id }: dé a cada uno el suyo, o los enlaces y la selección los confundirán.
check-no-such-article = { $program } cita el artículo { $article }, pero la Declaración Universal tiene los artículos 1 a 30.
check-no-such-goal = { $program } cita el objetivo { $goal }, pero hay 17 Objetivos de Desarrollo Sostenible.
check-impossible-date = { $program } tiene la fecha { $date }, que no existe en el calendario.
check-not-a-number = El indicador { $number } de { $program } tiene un valor que no es un número.
check-bad-budget = La línea de presupuesto { $number } de { $program } es negativa o no es un número.

## Lo que Carta escribe en las diapositivas
slide-since = Ciudad de Derechos Humanos desde { $year }
slide-fact = { $label }: { $value }
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
slide-review = Balance de { $year }
slide-review-rated = { $rating }: { $count ->
    [one] un programa
   *[other] { $count } programas
}
slide-review-reached = Personas alcanzadas: { $count }
slide-review-money = { $currency }: { $planned } previstos, { $spent } gastados
slide-review-programs = Nuestros programas en { $year }
slide-review-program = { $program } — { $rating }
slide-review-indicator = { $program }: { $indicator }
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
check-unplaced = El texto de la línea { $line } de la página importada aún no está ubicado: «{ $text }»
unplaced-numbered = texto sin ubicar { $number }
check-suggested = { $program }: Carta sugiere { $suggestions } a partir de su texto; acéptelo o rechácelo en su editor.
suggested-kind = tipo «{ $kind }»
suggested-groups = grupos destinatarios { $groups }
field-suggestions = Sugerido a partir de la página
slide-policies = Nuestras políticas
