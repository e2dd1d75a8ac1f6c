## Las hojas de las unidades.

sheets-name-about = Acerca de
sheets-name-indicators = Indicadores
sheets-name-budget = Presupuesto
sheets-name-people = Personas alcanzadas
sheets-no-unit = Sin unidad
sheets-about-title = { $city }: cifras de { $year }
sheets-about-unit = Para: { $unit }
sheets-about-fill = Complete las celdas amarillas de cada hoja con las cifras de { $year } y devuelva el libro tal como está (mismo nombre de archivo, mismas hojas).
sheets-about-numbers = Escriba solo números, sin unidades ni palabras: 40, no «unos 40». Deje la celda vacía si la cifra aún no se conoce.
sheets-about-notes = La columna de notas sirve para todo lo que el lector deba saber sobre una cifra: cómo se contó, por qué falta o llega tarde.
sheets-about-locked = Las demás columnas (números, nombres, líneas de base y metas) están bloqueadas: indican al perfil qué fila es cuál.
sheets-about-return = Las filas se reconocen por sus números: el orden de las filas y el nombre del libro no importan.
sheets-head-program-number = N.º de programa
sheets-head-indicator-number = N.º de indicador
sheets-head-line-number = N.º de línea
sheets-head-program = Programa
sheets-head-indicator = Indicador
sheets-head-unit = Unidad
sheets-head-baseline = Línea de base
sheets-head-target = Meta
sheets-head-target-year = Año de la meta
sheets-head-last-value = Último valor
sheets-head-last-year = Del año
sheets-head-value = Valor en { $year }
sheets-head-note = Nota sobre { $year }
sheets-head-currency = Moneda
sheets-head-planned = Previsto para { $year }
sheets-head-executed = Ejecutado en { $year }
sheets-head-reached = Personas alcanzadas en { $year }
sheets-validation-title = Un número, por favor
sheets-validation-message = Esta celda admite solo un número (sin palabras ni unidades). Déjela vacía si la cifra no se conoce.
sheets-sheet-named = hoja { $name }

sheets-too-big = el archivo pesa { $megabytes } MB; no se leen hojas de más de { $largest } MB.
sheets-unreadable-file = no se pudo leer el archivo ({ $reason }).
sheets-not-workbook = no es un libro que Carta pueda leer: puede estar protegido con contraseña, dañado o ser de otro tipo ({ $reason }).
sheets-not-carta = ninguna hoja de este archivo fue escrita por Carta (falta su primera fila oculta); no se leyó nada.
sheets-removed-indicators = la hoja de indicadores fue eliminada de este libro; sus cifras no se leyeron.
sheets-removed-budget = la hoja de presupuesto fue eliminada de este libro; sus cifras no se leyeron.
sheets-removed-people = la hoja de personas alcanzadas fue eliminada de este libro; sus cifras no se leyeron.
sheets-other-profile = esta hoja se escribió para otro perfil; no se leyó nada.
sheets-other-year = esta hoja recoge { $year }, no { $expected }; no se leyó nada.
sheets-strange-year = esta hoja recoge el año { $year }, que ningún programa puede tener; no se leyó nada.
sheets-no-program-number = la fila no tiene número de programa y no se puede reconocer.
sheets-no-item-number = la fila no tiene número en esta columna y no se puede reconocer.
sheets-unknown-program = no hay ningún programa número { $number } en este perfil (¿se eliminó?).
sheets-unknown-item = no hay ningún elemento número { $number } en este programa (¿se eliminó?).
sheets-line-of-other-year = esta línea de presupuesto es ahora de { $year }; su cifra no se usó.
sheets-given-twice = esta fila ya se dio en { $place }; la segunda no se usó.
sheets-not-a-number = «{ $text }» no es un número.
sheets-a-date = { $text } es una fecha, no un número (la celda tiene formato de fecha).
sheets-cell-error = la celda muestra el error { $text }.
sheets-negative = el gasto ejecutado no puede ser negativo.
sheets-not-a-count = un número de personas es un número entero, 0 o más.
sheets-note-without-value = una nota sin valor para el año no tiene a qué acompañar; no se guardó.

command-send-sheets = Enviar hojas a las unidades…
command-read-sheets = Leer las hojas devueltas…
dialog-send-sheets = Elija la carpeta de los libros de las unidades
dialog-read-sheets = Elija los libros completados (o una carpeta con ellos)
filter-sheets = Libros y CSV
status-sheets-written = { $count ->
    [one] Un libro de { $year } escrito en { $folder }.
   *[other] { $count } libros de { $year } escritos en { $folder }.
}
status-sheets-none = No hay ningún programa público del que pedir cifras.
alert-sheets-failed = No se pudieron escribir las hojas
sheets-read-title = Cifras leídas de { $files ->
    [one] un archivo
   *[other] { $files } archivos
}
sheets-read-changed = { $count ->
    [0] Nada que cambiar: el perfil ya contiene todas las cifras leídas.
    [one] Cambia una cifra. Revísela y luego incorpórela al perfil.
   *[other] Cambian { $count } cifras. Revíselas y luego incorpórelas al perfil.
}
sheets-read-problems = Lo que no se pudo usar ({ $count }):
sheets-accept = Incorporar estas cifras
status-sheets-taken = { $count ->
    [one] Una cifra incorporada desde las hojas (Ctrl+Z la deshace).
   *[other] { $count } cifras incorporadas desde las hojas (Ctrl+Z las deshace).
}
cli-sheets-over-profile = este es el perfil en el que se leen las hojas; el resultado va a un archivo nuevo. Elija otro nombre
cli-sheets-read = { $files ->
    [one] Un archivo leído
   *[other] { $files } archivos leídos
}, { $count ->
    [one] una cifra cambiada.
   *[other] { $count } cifras cambiadas.
}
sheets-after = De las hojas:
sheets-take-failed = No se pudieron incorporar las cifras
sheets-work-changed = El perfil cambió mientras se leían las hojas: no se incorporó nada. Vuelva a leer las hojas.
