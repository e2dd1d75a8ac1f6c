# Comparar, versiones y combinar: cómo se cuentan los cambios.

## Where a change is
change-field-name = Nombre
change-field-qualifier = Calificativo
change-field-country = País
change-field-region = Región
change-field-government = Tipo de gobierno
change-field-population = Tramo de población
change-field-joined = Año de adhesión
change-field-leader = Autoridad
change-field-title = Título
change-field-mandate = Mandato
change-field-logo = Logotipo
change-field-cover = Foto de portada
change-field-prose = Texto de la visión
change-field-answers = Respuestas
change-field-form = Forma
change-field-introduction = Introducción
change-field-aims = Objetivos
change-field-closing = Cierre
change-field-areas = Área
change-field-description = Descripción
change-field-programs = Programas
change-field-notes = Notas del presentador
change-field-summary = Resumen
change-field-kind = Tipo
change-field-status = Estado
change-field-start = Inicio
change-field-end = Fin
change-field-responsible-unit = Unidad responsable
change-field-partners = Socio
change-field-role = Función
change-field-target-groups = Grupos destinatarios
change-field-rights = Derechos
change-field-sdgs = ODS
change-field-sdg-targets = Metas de los ODS
change-field-indicators = Indicador
change-field-unit = Unidad de medida
change-field-baseline = Línea de base
change-field-target = Meta
change-field-measurements = Medición
change-field-value = Valor
change-field-budget = Presupuesto
change-field-amount = Monto
change-field-currency = Moneda
change-field-beneficiaries = Beneficiarios
change-field-count = Número
change-field-evidence = Evidencia
change-field-link = Enlace
change-field-visibility = Visibilidad
change-field-origin = Copiado de
change-field-suggested = Sugerido por la página
change-field-languages = Idiomas del contenido
change-field-own-target-groups = Grupos destinatarios propios
change-field-unplaced = Texto aún sin ubicar
change-field-next-program-id = Próximo número de programa
change-field-format-version = Formato del archivo

## Changes told
change-section-other = Perfil
change-program = Programa n.º { $number } «{ $title }»
change-catalogue-order = cambió el orden del catálogo
change-order = orden
change-item-named = «{ $name }»
change-picture = una imagen
change-section-edited = { $section }: editado
change-programs-changed = { $count ->
    [one] 1 programa modificado
   *[other] { $count } programas modificados
}
change-programs-added = { $count ->
    [one] 1 programa añadido
   *[other] { $count } programas añadidos
}
change-programs-deleted = { $count ->
    [one] 1 programa eliminado
   *[other] { $count } programas eliminados
}
change-none = sin cambios

## Combinar en la línea de órdenes
cli-merge-no-output = carta: indique dónde escribir la combinación con -o ARCHIVO (o úselo como controlador de git con --git-driver).
cli-merge-unreadable = carta: el perfil combinado no se pudo volver a leer; no se escribió nada.
cli-merge-nothing = (nada)
cli-merge-conflict = { $place }: mío { $mine } / suyo { $theirs }

## Comparar con un archivo, combinar la copia de un colega
command-compare-with = Comparar con…
command-merge-copy = Combinar la copia de un colega…
dialog-compare-with = Comparar con otro perfil
dialog-merge-copy = Combinar la copia de un colega
compare-with-title = El suyo y { $name }
compare-same = Los dos perfiles contienen lo mismo.
compare-count = { $count ->
    [one] 1 diferencia
   *[other] { $count } diferencias
}
compare-show = Mostrar:
compare-before = El suyo:
compare-after = { $name }:
merge-title = Combinar { $name }
merge-other-profile = Esta copia es de otro perfil (de otra ciudad, o iniciado aparte): cada diferencia es una elección.
merge-no-base = En este equipo no se guarda ninguna versión de la que partieran ambas copias: cada campo que tengan distinto es una elección; lo que solo tiene una copia se conserva.
merge-summary = { $taken ->
    [one] 1 cambio suyo incorporado
   *[other] { $taken } cambios suyos incorporados
}; { $conflicts ->
    [0] nada que decidir.
    [one] 1 campo que ambos cambiaron de forma distinta:
   *[other] { $conflicts } campos que ambos cambiaron de forma distinta:
}
merge-renumbered = { $count ->
    [one] 1 programa que ambos añadieron recibió un número nuevo.
   *[other] { $count } programas que ambos añadieron recibieron números nuevos.
}
merge-all-mine = Conservar todo lo mío
merge-all-theirs = Tomar todo lo suyo
merge-keep-mine = Mío: { $value }
merge-take-theirs = Suyo: { $value }
merge-apply = Combinar
merge-failed = No se pudo combinar la copia
merge-same-file = Este es el archivo abierto: elija la copia de su colega.
status-merged = { $name } combinado: { $taken } cambios incorporados, { $settled } decididos por usted. Deshaga con Ctrl+Z.

## Historial de versiones
command-version-history = Historial de versiones…
history-title = Historial de versiones
history-your-name = Su nombre, junto a las versiones que guarde:
history-your-name-hint = p. ej., Lucía Pérez
history-empty = Aún no se guarda ninguna versión: desde ahora, cada guardado conserva una.
history-changes = Qué cambió
history-compare-now = Comparar con el actual
history-restore = Restaurar esta versión
history-kept = { $count } versiones de { $profiles ->
    [one] 1 perfil
   *[other] { $profiles } perfiles
}, { $megabytes } MB, en { $folder }. Todas las del último día, una al día durante un mes, una al mes después.
history-version-of = la versión del { $when }
history-before = Antes:
history-after = Después:
status-version-restored = La versión del { $when } ha vuelto, como un cambio nuevo: deshaga con Ctrl+Z.
status-versions-failed = Guardado, pero esta versión no se pudo conservar en el historial: { $reason }
history-first-kept = la primera versión guardada aquí
history-close = Cerrar
compare-go-to = Ir a este campo
merge-work-changed = El perfil cambió mientras elegía (llegó una imagen): no se combinó nada. Vuelva a combinar la copia.
status-first-version = Es la primera versión guardada aquí: no hay otra anterior con la que compararla.
merge-shared-ids = Dos programas de una de las copias comparten número y no se pueden distinguir: dé a cada uno el suyo en esa copia (el panel Revisión los indica) y vuelva a combinar.
merge-not-a-number = { $program } contiene un número que no lo es (un «NaN» o «inf» escrito a mano), así que las copias no se pueden comparar campo por campo: corríjalo en esa copia (el panel Revisión lo indica) y vuelva a combinar.
history-compare-two = Comparar las dos
history-compare-two-hint = Elija una versión y luego otra con Ctrl+clic.
history-version-label = { $when }:
