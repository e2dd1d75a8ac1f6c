## Por qué no se pudo leer un archivo de perfil. El mensaje va tras «ARCHIVO:LÍNEA:COLUMNA: ».
load-unreadable = no se puede leer el archivo: { $reason }
load-too-large = el archivo ocupa { $megabytes } MB, más de lo que puede ocupar un perfil ({ $limit } MB)
load-not-utf8 = el archivo no es texto UTF-8: hay un byte no válido en la posición { $offset }
load-empty = el archivo está vacío; se esperaba un perfil de Carta
load-profile-not-page = es un perfil de Carta, no una página de la campaña: ábralo con Archivo ▸ Abrir (o `carta check`); no hay nada que importar
load-library-full = omitido: la biblioteca ya contiene { $megabytes } MB de perfiles, lo máximo que Carta lee a la vez; abra una carpeta más pequeña para leerlo
load-newer-version = está escrito en la versión { $version } del formato, pero esta versión de Carta lee hasta la versión { $supported }; actualice Carta para abrirlo
load-cut-off = el archivo termina antes de tiempo; puede que se haya cortado
load-too-deep = el archivo tiene demasiados niveles anidados para ser un perfil de Carta
load-missing-field-in = falta el campo obligatorio `{ $field }` en { $outer }
file-part-Document = el perfil
file-part-City = los datos de la ciudad (city)
file-part-Leader = la autoridad (leader)
file-part-Vision = la visión (vision)
file-part-Motivations = las motivaciones (motivations)
file-part-Policies = las áreas de política (policies)
file-part-PolicyArea = un área de política
file-part-Program = un programa
file-part-Indicator = un indicador de un programa
file-part-Measurement = una medición de un indicador
file-part-BudgetLine = una línea de presupuesto de un programa
file-part-Beneficiaries = una línea de beneficiarios de un programa
file-part-Evidence = una evidencia de un programa
file-part-Partner = un socio de un programa
file-part-Suggestions = las sugerencias de un programa
file-part-Unplaced = un texto aún sin ubicar
file-part-Picture = una imagen (logotipo o foto de portada)
file-part-Recovery = la copia del trabajo sin guardar
file-part-other = una parte del archivo
load-missing-field = falta el campo obligatorio `{ $field }`
load-unknown-field = `{ $field }` no es un campo que Carta conozca en este lugar
load-unknown-value = «{ $value }» no es uno de los valores que Carta conoce en este lugar
load-unclosed-text = un texto entre comillas no se cierra nunca; puede que el archivo se haya cortado
load-unclosed = una lista o un grupo no se cierra nunca; puede que el archivo se haya cortado
load-missing-comma = aquí falta una coma
load-missing-colon = aquí faltan los dos puntos (:)
load-expected-text = aquí se esperaba un texto entre comillas
load-expected-number = aquí se esperaba un número
load-expected-yes-no = aquí se esperaba true o false
load-unexpected-char = «{ $char }» no se esperaba aquí
load-trailing-text = hay más texto después del final del perfil
load-syntax = un perfil de Carta no se escribe así en este punto
load-duplicate-language = este texto da «{ $lang }» dos veces; conserve uno de los dos
load-duplicate-field = `{ $field }` está escrito dos veces en este grupo; conserve uno de los dos
load-text-too-long = este texto es más largo de lo que puede ser un texto de un perfil ({ $limit } caracteres)
load-number-out-of-range = este número es demasiado grande o demasiado pequeño para este campo
load-wrong-value = este valor no es del tipo que lleva este campo
load-wrong-length = esta lista tiene { $count } entradas, no el número que lleva este campo
load-expected-option = aquí se esperaba Some(…) o None
load-expected-list = aquí se esperaba una lista entre [ ]
load-expected-map = aquí se esperaban textos entre {"{"} {"}"}, como {"{"}"es": "…"{"}"}
load-expected-group = aquí se esperaba un grupo entre ( )

## Por qué falló un guardado. El mensaje va tras «ARCHIVO: ».
save-serialize = no se puede convertir el perfil en texto: { $reason }
save-create-folder = no se puede crear la carpeta: { $reason }
save-create-temporary = no se puede crear un archivo nuevo en { $folder }: { $reason }
save-permissions = no se pueden fijar los permisos del archivo: { $reason }
save-write = no se puede escribir el archivo: { $reason }
save-keep-backup = no se puede conservar la versión anterior como .bak: { $reason }
save-replace = no se puede reemplazar el archivo: { $reason }
save-too-large = el perfil sería demasiado grande para que Carta lo vuelva a abrir: { $reason }
io-not-found = el archivo o su carpeta no existe (puede que se haya movido, renombrado o borrado)
io-permission-denied = este equipo no le permite usarlo aquí (consulte a quien lo administra o elija otro lugar)
io-is-folder = es una carpeta, no un archivo
io-not-a-file = no es un archivo común (un dispositivo o una tubería), así que Carta no lo usa
io-disk-full = el disco está lleno; libere espacio y vuelva a intentarlo
io-read-only = en este lugar solo se puede leer, no escribir
io-read-only-file = el archivo está marcado como de solo lectura, así que Carta lo deja como está; guarde con otro nombre o quite la marca en las propiedades del archivo
io-name-too-long = el nombre del archivo es demasiado largo para este disco; elija uno más corto
io-in-the-way = ya hay algo con ese nombre que estorba
io-not-a-folder = parte de la ruta es un archivo, no una carpeta
io-in-use = otro programa tiene el archivo abierto y no deja reemplazarlo; ciérrelo allí (un documento abierto en Word, una carpeta que se sincroniza) y vuelva a guardar, o guarde con otro nombre
io-too-large = ocupa { $megabytes } MB, más de lo que puede ocupar un perfil ({ $limit } MB)
dialog-unavailable = Carta no pudo mostrar el diálogo de archivos del sistema: este equipo no tiene un portal de escritorio ni zenity.
default-file-name = perfil
alert-changes-kept = Sus cambios siguen aquí, sin guardar. Use Archivo > Guardar como para guardarlos en otro lugar.

## Lo que la importación de una página de la campaña no pudo ubicar. Los títulos entre comillas son los de la página.
import-at-line = línea { $line }: { $note }
import-no-title = La página no tiene línea de título; el nombre de la ciudad queda vacío.
import-not-placed = aún sin ubicar, guardado en Revisión ▸ Sin ubicar: «{ $text }»
import-twice = «{ $heading }» aparece dos veces; también se lee la segunda
import-missing = La página no tiene la sección «{ $heading }»; esa parte queda vacía.
import-ends-mid-sentence = la página parece terminar a mitad de frase; revise el final del texto
import-no-year = no hay un año en «{ $value }»; el año de adhesión queda vacío
import-prose-before-questions = el texto anterior a la primera pregunta de la visión se guardó como visión en prosa
import-text-between-aims = el texto entre los objetivos se añadió al último objetivo: «{ $text }»
import-found-by-shape = no hay encabezado «{ $heading }»: esa sección se toma como si empezara aquí por su forma; compruebe dónde empieza
import-too-long = { $count ->
    [one] un texto es más largo de lo que puede ser un texto del perfil: se corta al final de una frase y el resto se guarda en Revisión ▸ Sin ubicar
   *[other] { $count } textos son más largos de lo que puede ser un texto del perfil: cada uno se corta al final de una frase y el resto se guarda en Revisión ▸ Sin ubicar
}
import-item-before-first-area = un punto anterior a la primera área de políticas numerada pasó a ser un programa del catálogo, sin área

## La línea de órdenes.
cli-ok = correcto
cli-imported = { $areas } áreas de políticas, { $programs } programas
cli-no-such-language = aviso: el perfil no tiene textos en «{ $lang }»; se escribe el idioma principal ({ $main })
cli-campaign-headings = nota: la página de la campaña se publica en inglés, español o francés; sus títulos van en inglés sobre los textos en { $lang }
cli-output-failed = carta: no se pudo escribir la salida: { $reason }
cli-standard-input = entrada estándar
cli-output-is-input = es la página que se importa; elija otro nombre para el perfil
cli-export-over-profile = es el perfil que se exporta; escribir la exportación ahí lo reemplazaría. Elija otro nombre
import-suggestions = Carta leyó tipos y grupos destinatarios en el texto de los programas. Acepte o rechace cada sugerencia (las que queden abiertas esperan en el editor de cada programa):
suggestion-yes = Aceptar
suggestion-no = Rechazar
suggestion-accept = Aceptar las sugerencias para { $program }
suggestion-reject = Rechazar las sugerencias para { $program }
cli-library-count = { $profiles ->
    [one] 1 perfil
   *[other] { $profiles } perfiles
}, { $programs ->
    [one] 1 programa
   *[other] { $programs } programas
}
cli-library-found = { $programs ->
    [one] 1 programa
   *[other] { $programs } programas
} en { $cities ->
    [one] 1 ciudad
   *[other] { $cities } ciudades
}
cli-unknown-group = «{ $group }» no es un grupo destinatario que Carta conozca (pruebe «Personas migrantes» o «Personas mayores»)
cli-unknown-region = «{ $region }» no es una de las regiones de la campaña (pruebe «Europa» o «América Latina»)
