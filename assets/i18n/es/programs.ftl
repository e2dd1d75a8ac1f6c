# El panel Programas: la tabla del catálogo, su barra de herramientas y el editor de programas.

## Tabla y barra de herramientas
column-title = Título
column-kind = Tipo
column-status = Estado
column-unit = Unidad responsable
column-groups = Grupos
column-rights = Derechos
column-sdgs = ODS
sort-by = Ordenar por { $column }
catalogue-empty = El catálogo está vacío: añada el primer programa de la ciudad.
untitled-program = (sin título)
search = Buscar
search-hint = Palabra de cualquier texto
programs-shown = { $shown } visibles de { $total }
program-add = ➕ Añadir
program-duplicate = Duplicar
program-delete = { $count ->
    [0] 🗑 Borrar
    [one] 🗑 Borrar
   *[other] 🗑 Borrar { $count }
}
undo-hint = Se deshace con Ctrl+Z
tag-selected = { $count ->
    [0] Etiquetar selección
   *[other] Etiquetar selección ({ $count })
}
field-target-group = Grupo destinatario
tag-right = Derecho (artículo de la DUDH)
tag-sdg = Objetivo de Desarrollo Sostenible
tag-area = Área de políticas
filter-show = Mostrar
filter-group = Grupo
filter-right = Derecho
filter-area = Área
filter-clear = Quitar filtros
filter-all = { $name }
filter-everything = Todos
filter-by = Filtrar por { $name }

## Editor
editor-close = ✖ Cerrar
editor-close-hint = Cerrar el editor; la tabla gana espacio
editor-many-selected = Hay { $count } programas seleccionados. Use «Etiquetar selección» arriba para darles a la vez un grupo, un derecho, un objetivo, un estado o un área de políticas.
editor-choose = Elija un programa en la tabla, o añada uno.
program-from = de { $city }
field-responsible-unit = Unidad responsable
field-start = Inicio
field-end = Fin
field-visibility = Visibilidad
visibility-public = Público
visibility-internal = Interno (nunca se publica)
field-description = Descripción
section-areas = Áreas de políticas
section-partners = Socios
section-rights = Derechos abordados (Declaración Universal de Derechos Humanos): { $count } elegidos
section-sdgs = Objetivos de Desarrollo Sostenible: { $count } elegidos
sdg-number = ODS { $number }
section-indicators = Indicadores
section-budget = Presupuesto
section-beneficiaries = Personas beneficiarias
section-evidence = Evidencias
group-another = Otro grupo:
group-add = Añadir grupo
partner-add = ➕ Añadir un socio
partner-remove = Quitar el socio { $number }
partner-name = Nombre del socio { $number }
partner-name-hint = Organización
partner-role = Papel del socio { $number }
partner-role-hint = Papel, p. ej. cofinanciación
moment-hint = 2024 o 15/03/2024
moment-invalid = Escriba un año (2024) o una fecha (15/03/2024).
sdg-targets = Metas de los ODS:
sdg-target-remove = Quitar esta meta
sdg-target-hint = p. ej. 10.2
sdg-target-new = Nueva meta de ODS
sdg-target-add = Añadir meta
indicator-name = Nombre del indicador { $number }
indicator-name-hint = Qué se mide
indicator-remove = Quitar el indicador { $number }
indicator-unit = Unidad del indicador { $number }
indicator-unit-label = Unidad de medida
indicator-unit-hint = %, personas, días…
indicator-baseline = Línea de base
indicator-baseline-of = Línea de base del indicador { $number }
indicator-target = Meta
indicator-target-of = Meta del indicador { $number }
indicator-add = ➕ Añadir un indicador
indicator-kind-of = Tipo del indicador { $number }
indicator-kind-Structural = Estructural
indicator-kind-Process = De proceso
indicator-kind-Outcome = De resultado
measurement-measured = Medido en
measurement-value-label = valor
measurement-year = Año de la medición { $nth } del indicador { $number }
measurement-value = Valor de la medición { $nth } del indicador { $number }
measurement-remove = Quitar la medición { $nth }
measurement-add = ➕ Añadir una medición
progress-incomplete = El avance aparece cuando hay línea de base, meta y al menos una medición.
budget-add = ➕ Añadir una línea de presupuesto
budget-remove = Quitar la línea de presupuesto { $number }
budget-year = Año de la línea de presupuesto { $number }
budget-amount = Importe de la línea de presupuesto { $number }
budget-currency = Moneda de la línea de presupuesto { $number }
beneficiaries-add = ➕ Añadir personas beneficiarias
beneficiaries-remove = Quitar las personas beneficiarias { $number }
beneficiaries-count = Número de personas beneficiarias { $number }
beneficiaries-people-in = personas en
beneficiaries-year = Año de las personas beneficiarias { $number }
evidence-add = ➕ Añadir una evidencia
evidence-remove = Quitar la evidencia { $number }
evidence-title = Título de la evidencia { $number }
evidence-link = Enlace de la evidencia { $number }
evidence-link-hint = https://… o un archivo junto al perfil
open-in-browser = Abrir en el navegador
indicator-progress = de { $baseline } a { $latest } de { $target } { $unit } ({ $percent } %)
suggestions-accept = Aceptar las sugerencias
suggestions-reject = Rechazarlas
suggestions-accept-all = Aceptar todas las sugerencias
suggestions-reject-all = Rechazar todas las sugerencias

## The picker of articles and goals
picker-add-article = Añadir un artículo
picker-add-goal = Añadir un objetivo
picker-hint = una palabra o un número
picker-done = Listo
picker-remove = Quitar { $item }
picker-nothing = Nada coincide.
program-delete-none = Elija programas en la tabla para borrarlos.
tag-selected-none = Marque programas en la tabla (Ctrl+clic, Mayús+clic) para etiquetarlos juntos.
program-duplicate-none = Elija un programa en la tabla para duplicarlo.
budget-year-label = Año
budget-amount-label = Monto
budget-currency-label = Moneda
table-row = { $title }, tipo { $kind }, estado { $status }
