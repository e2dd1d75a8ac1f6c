## The Year panel: a year's numbers, typed in like a spreadsheet.

panel-year = Año
panel-year-subtitle = Reúna las cifras del año: el valor de cada indicador, el gasto, las personas alcanzadas.
year-year = Año
year-unit = Unidad responsable
year-unit-all = Todas las unidades
year-missing = Solo lo que falta este año
year-tab-indicators = Indicadores
year-tab-budget = Gasto ejecutado
year-tab-beneficiaries = Personas alcanzadas
year-col-program = Programa
year-col-indicator = Indicador
year-col-unit = Unidad
year-col-reporter = Informa
year-col-baseline = Línea de base
year-col-last = Último valor
year-col-target = Meta
year-col-currency = Moneda
year-col-planned = Previsto
year-col-executed = Ejecutado en { $year }
year-col-reached = Alcanzadas en { $year }
year-col-value = Valor en { $year }
year-value-name = { $indicator } ({ $program }) en { $year }
year-executed-name = Ejecutado por { $program } en { $year } ({ $currency })
year-reached-name = Personas alcanzadas por { $program } en { $year }
year-not-a-number = «{ $text }» no es un número: no se guardó.
year-count = { $count ->
    [one] Una fila
   *[other] { $count } filas
}
year-none = Nada que mostrar: ningún programa tiene datos de este año, o los filtros no dejan ninguno.
year-keys = Tab pasa a la celda siguiente, Intro a la fila de abajo; una celda vacía borra el valor.
year-kept-breakdown = Ese valor tiene un desglose o una nota, así que se conservó: bórrelo en el editor del programa.

## What an indicator records over the years.

indicator-source = Fuente del indicador { $number }
indicator-source-label = Fuente
indicator-source-hint = registro municipal, encuesta…
indicator-reporter = Quién informa el indicador { $number }
indicator-reporter-label = Informa
indicator-reporter-hint = una unidad o una persona
indicator-target-year = Año de la meta del indicador { $number }
indicator-frequency = Frecuencia del indicador { $number }
frequency-Yearly = Anual
frequency-TwiceAYear = Semestral
frequency-Quarterly = Trimestral
dimension-Sex = Sexo
dimension-AgeGroup = Grupo de edad
dimension-Disability = Discapacidad
dimension-MigrationStatus = Situación migratoria
dimension-District = Distrito
indicator-breakdown-label = Desglosado por
indicator-breakdown-by = Indicador { $number } desglosado por { $dimension }
dimension-own = Indicador { $number }: un desglose propio de la ciudad, { $nth }
dimension-own-hint = propio de la ciudad, p. ej. junta de vecinos
dimension-own-remove = Indicador { $number }: quitar el desglose por { $name } ({ $nth })
dimension-own-add = ➕ Un desglose propio
dimension-unnamed = (sin nombre)
measurement-note-label = Nota
measurement-note-hint = de dónde viene la cifra, qué deja fuera
measurement-note = Indicador { $number } medición { $nth } nota
part-category-hint = mujeres, 65 y más…
part-add = ➕ Una cifra por categoría
measurement-owner = Indicador { $number } medición { $nth }
beneficiaries-owner = Beneficiarios { $number }
part-dimension = { $owner } cifra { $part }: desglosada por
part-category = { $owner } cifra { $part }: categoría
part-value = { $owner } cifra { $part }: valor
part-remove = Quitar { $owner } cifra { $part }
part-add-to = { $owner }: añadir una cifra por categoría
dimension-own-add-to = Indicador { $number }: añadir un desglose propio

## A program's yearly review.

section-reviews = Revisiones anuales
review-add = ➕ Añadir una revisión
review-remove = Quitar la revisión { $number }
review-year = Año de la revisión { $number }
review-rating = Valoración de la revisión { $number }
review-achieved = Revisión { $number }: logros
review-difficulties = Revisión { $number }: dificultades
review-next-steps = Revisión { $number }: próximos pasos
review-achieved-label = Logros
review-difficulties-label = Dificultades
review-next-steps-label = Próximos pasos
rating-OnTrack = En curso
rating-SomeProgress = Algún avance
rating-OffTrack = Con retraso
rating-NotStarted = Sin iniciar
rating-NoData = Sin datos

## What Check says the year still lacks.

check-indicator-unjudged = { $program }: el indicador { $number } tiene mediciones pero no tiene línea de base o meta con que valorarlas.
check-overspent = { $program }: en { $year } se ejecutó más de lo previsto; explique por qué en Dificultades de la revisión de ese año.
check-no-review = { $program } aún no tiene revisión de { $year }.
check-no-currency = La línea de presupuesto { $number } de { $program } no tiene moneda: sus importes se suman aparte de todos los demás.

year-tab-progress = Avance
chart-baseline = Línea de base
chart-target = Meta
chart-no-values = Aún sin valores
progress-summary = { $programs } programas públicos · { $valued } de { $indicators } indicadores tienen valor para { $year } · { $reviewed } programas evaluados
progress-budget = Presupuesto previsto y ejecutado, año por año ({ $currency })
progress-budget-key = Barra clara: previsto; barra oscura: ejecutado. Cifras: ejecutado / previsto.
progress-budget-sdg = { $year } por Objetivo de Desarrollo Sostenible ({ $currency })
progress-budget-right = { $year } por artículo de la Declaración Universal ({ $currency })
progress-budget-group = { $year } por grupo destinatario ({ $currency })
progress-sdg = ODS { $goal }
progress-article = Artículo { $article }
progress-reached = Personas alcanzadas, año por año
progress-missing = Lo que falta para { $year }
progress-nothing-missing = No falta nada para { $year }: todos los indicadores tienen valor y todos los programas una evaluación.
progress-missing-values = { $count ->
    [one] Un indicador no tiene valor para { $year }:
   *[other] { $count } indicadores no tienen valor para { $year }:
}
progress-missing-reviews = { $count ->
    [one] Un programa no tiene evaluación de { $year }:
   *[other] { $count } programas no tienen evaluación de { $year }:
}
progress-missing-breakdowns = { $count ->
    [one] Un valor carece del desglose pedido:
   *[other] { $count } valores carecen del desglose pedido:
}
progress-more = … y { $count } más
progress-changes = Qué cambió desde { $previous }
progress-change-value = { $indicator } ({ $program }): { $before } → { $after }
progress-change-rating = { $program }: { $before } → { $after }
progress-no-changes = Aún no hay nada que comparar con { $previous }.
progress-programs = Programas y sus indicadores
progress-not-reviewed = sin evaluación de { $year }
progress-in-slides = Terminar las diapositivas con el balance de { $year }
progress-record = Los textos propios del informe { $year }
progress-record-hint = Lo que el informe anual dice antes de sus cifras: la introducción del año, las consultas públicas realizadas y cuándo el concejo aprobó la evaluación.
progress-introduction = Introducción al informe del año
progress-adopted = Aprobado por el concejo el
progress-consultations = Consultas públicas
progress-consultation-when = Fecha de la consulta
progress-consultation-who = Quiénes participaron (consulta { $number })
progress-consultation-outcome = Qué resultó (consulta { $number })
progress-consultation-remove = Quitar la consulta { $number }
progress-consultation-add = ➕ Añadir una consulta
progress-consultation-who-label = Quiénes participaron
progress-consultation-outcome-label = Qué resultó
check-parts-sum = { $program }: el desglose del indicador { $number } en { $year } no suma su valor.
