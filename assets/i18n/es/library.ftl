# El panel Otras ciudades: una biblioteca de perfiles de otras ciudades.
panel-library = Otras ciudades
panel-library-subtitle = Aprenda de otras ciudades: busque en sus programas, compárelos con los suyos y copie lo que le sirva.
command-open-library = Abrir biblioteca…
dialog-open-library = Abrir una carpeta de perfiles como biblioteca
alert-library-failed = No se pudo abrir la biblioteca
list-and = y
library-none = No hay ninguna biblioteca abierta. Una biblioteca es una carpeta de perfiles (.ron) y páginas de la campaña (.txt) de otras ciudades, a cualquier profundidad: la carpeta compartida de los miembros de la campaña o las páginas que usted reunió. Carta las lee y nunca las modifica.
library-none-import = Archivo ▸ Importar programas abre aquí un solo perfil de la misma manera.
library-reading = Leyendo { $done } de { $total } archivos en { $folder }…
library-stop = Dejar de leer
library-heading = { $name }: { $profiles ->
    [one] un perfil
   *[other] { $profiles } perfiles
}, { $programs ->
    [one] un programa
   *[other] { $programs } programas
}
library-open-another = Abrir otra biblioteca…
library-problems = { $count ->
    [one] No se pudo leer un archivo
   *[other] No se pudieron leer { $count } archivos
}
library-tab-search = Búsqueda
library-find = Buscar
library-tab-compare = Comparar ({ $count })
library-search-hint = Palabras en cualquier texto de cualquier programa
library-nothing-found = Ningún programa coincide. Pruebe con menos palabras o menos filtros.
library-copy-ticked = { $count ->
    [0] Copiar los programas marcados a mi perfil
    [one] Copiar el programa marcado a mi perfil
   *[other] Copiar los { $count } programas marcados a mi perfil
}
library-copy-none = Marque programas en la lista para copiarlos.
library-untick = Desmarcar todos
library-compare-city = Comparar
library-compare-this = Comparar { $city } con mi ciudad
library-compare-full = Se pueden comparar hasta tres ciudades a la vez: quite primero una de la comparación.
library-remove-compare = Quitar { $city } de la comparación
library-tick = Marcar { $title } para copiarlo
library-choose = Elija un programa de la lista para leerlo aquí.
library-from = De { $city } · { $file }
library-copy-one = Copiar a mi perfil
status-library-read = Biblioteca leída: { $profiles ->
    [one] un perfil
   *[other] { $profiles } perfiles
}, { $programs ->
    [one] un programa
   *[other] { $programs } programas
}{ $problems ->
    [0] .
    [one] ; no se pudo leer un archivo.
   *[other] ; no se pudieron leer { $problems } archivos.
}
status-library-stopped = Se dejó de leer la biblioteca.
status-copied-programs = { $count ->
    [one] Un programa copiado
   *[other] { $count } programas copiados
} de { $cities ->
    [one] { $city }
   *[other] { $cities } ciudades
} a sus Programas; Ctrl+Z lo deshace.
compare-none = Marque «Comparar» junto a hasta tres ciudades en los resultados para compararlas con la suya.
compare-yours = { $city } (la suya)
compare-row-programs = Programas
compare-row-rights = Derechos abordados
compare-row-goals = Objetivos abordados
compare-row-groups = Grupos destinatarios abordados
compare-chart-rights = Artículos de la Declaración Universal abordados
compare-chart-goals = Objetivos de Desarrollo Sostenible abordados
compare-chart-groups = Grupos destinatarios abordados (programas)
compare-cell = { $city }, { $item }: { $count ->
    [0] ningún programa
    [one] un programa
   *[other] { $count } programas
}
compare-legend-none = no abordado
compare-legend-some = abordado (color más intenso: más programas)
compare-gaps = Lo que hacen las otras y usted no
compare-gaps-none = Su ciudad aborda todo lo que abordan las otras.
compare-gaps-more = …y { $count } más.
compare-article = el artículo { $number } ({ $title })
compare-goal = el objetivo { $number } ({ $title })
compare-group = programas para { $group }
compare-gap = { $count ->
    [one] { $cities } aborda
   *[other] { $cities } abordan
} { $what }, y usted no.
size-gaps = Ciudades de su tamaño
size-gaps-unknown = Su perfil no indica el rango de población (panel Ciudad), así que no se pueden buscar ciudades de su tamaño.
size-gaps-among = { $count ->
    [0] La biblioteca no tiene otra ciudad de su tamaño ({ $size }).
    [one] Una ciudad de la biblioteca es de su tamaño ({ $size }).
   *[other] { $count } ciudades de la biblioteca son de su tamaño ({ $size }).
}
size-gap = { $count ->
    [one] Una ciudad de su tamaño aborda
   *[other] { $count } ciudades de su tamaño abordan
} { $what }, y usted no.
library-filters = { $count ->
    [0] Filtros
   *[other] Filtros ({ $count })
}
library-partners = Socios
library-read-failed = La lectura de { $folder } se detuvo de forma inesperada; no se cargó nada. Vuelva a intentarlo o abra una carpeta más pequeña.
