## El informe anual.

report-title = { $city }: informe de derechos humanos { $year }
report-adopted = Aprobado por el concejo municipal el { $date }.
report-introduction = Introducción
report-summary = { $year } en cifras
report-programs = { $count ->
    [one] Un programa público
   *[other] { $count } programas públicos
}
report-valued = { $valued } de { $count } indicadores tienen valor para { $year }
report-reviewed = { $reviewed } de { $count } programas evaluados
report-reached = { $count } personas alcanzadas en { $year }
report-budget-caption = Presupuesto { $year }: previsto y ejecutado
report-col-currency = Moneda
report-col-planned = Previsto
report-col-spent = Ejecutado
report-col-share = Ejecutado sobre previsto
report-col-latest = Último valor
report-col-rating = Valoración
report-col-people = Personas alcanzadas
report-spent-unreported = { $count ->
    [one] El gasto de una línea de presupuesto aún no se ha informado; cuenta arriba como nada ejecutado.
   *[other] El gasto de { $count } líneas de presupuesto aún no se ha informado; cuentan arriba como nada ejecutado.
}
report-by-area = Avance por ámbito de política
report-other-programs = Otros programas
report-rating = { $rating } ({ $year })
report-not-reviewed = Aún sin evaluación de { $year }.
report-program-reached = Personas alcanzadas en { $year }: { $count }
report-indicator = Indicador
report-goals = Los Objetivos de Desarrollo Sostenible
report-goals-intro = Objetivo por objetivo, a la manera de un Informe Local Voluntario: los programas que lo sirven, sus indicadores y su presupuesto.
report-rights = Derechos humanos, artículo por artículo
report-served-by = Programas
report-indicators = Indicadores
report-consultations = Consultas públicas
report-annex = Anexo de datos
report-annex-indicators = Todos los indicadores hasta { $year }
report-sheet-reviews = Evaluaciones
report-format-pdf = Informe anual (PDF)…
report-format-html = Informe anual (página web)…
report-format-xlsx = Datos del informe anual (libro)…
dialog-export-report = Exportar el informe anual
status-report-written = El informe anual de { $year } se escribió en { $path }.
report-workbook-failed = No se pudo crear el libro ({ $reason }).
